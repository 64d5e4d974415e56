package io.segmentation.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list, the envelope every list of the service answers ({@code /runs}, {@code /uploads},
 * {@code /models}, {@code /customers}, ...).
 *
 * @param page          0-based page number
 * @param size          page size, 1-1000
 * @param totalElements elements of the whole list
 * @param totalPages    pages of this size, {@code ceil(totalElements / size)}
 * @param sort          the order of the list, {@code field,asc|desc}
 * @param content       this page's elements, at most {@code size}
 * @param <T>           the element type
 */
@Schema(description = "A page of a list: page, size, totalElements, totalPages, sort and content.")
public record ListPage<T>(int page, int size, long totalElements, long totalPages,
                          @Schema(example = "startedAt,desc") String sort, List<T> content) {

    /** A page of {@code content} out of {@code totalElements}, in the order {@code sort}. */
    public static <T> ListPage<T> of(PageRequest request, long totalElements, List<T> content) {
        return new ListPage<>(request.page(), request.size(), totalElements,
                (totalElements + request.size() - 1) / request.size(), request.sort().toString(), content);
    }

    /** The page of a whole list that is already in order. */
    public static <T> ListPage<T> slice(PageRequest request, List<T> all) {
        long from = Math.min((long) request.page() * request.size(), all.size());
        long to = Math.min(from + request.size(), all.size());
        return of(request, all.size(), all.subList((int) from, (int) to));
    }

    /** The same page with its elements mapped. */
    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(page, size, totalElements, totalPages, sort, content.stream().map(mapper).toList());
    }
}

package io.segmentation.web;

/**
 * Which page of a list, of what size, in which order.
 *
 * @param page 0-based page number, >= 0
 * @param size elements per page, 1-1000
 * @param sort the order
 */
public record PageRequest(int page, int size, ListSort sort) {

    /** The number of elements before this page. */
    public long offset() {
        return (long) page * size;
    }
}

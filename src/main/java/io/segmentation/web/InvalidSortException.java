package io.segmentation.web;

import java.util.List;
import java.util.Map;

/** A list was asked for in an order it cannot be sorted by. */
public class InvalidSortException extends ServiceException {

    /** The problem type of every list's refused sort. */
    public static final ProblemType INVALID_SORT = new ProblemType("invalid-sort", "Invalid sort", 400);

    private final List<String> allowed;

    /**
     * @param list    the list, e.g. {@code /runs}
     * @param sort    the refused sort as sent
     * @param allowed the fields the list sorts on
     */
    public InvalidSortException(String list, String sort, List<String> allowed) {
        super(INVALID_SORT, "Cannot sort " + list + " by '" + sort + "': send sort=FIELD or sort=FIELD,asc|desc with"
                + " FIELD one of " + String.join(", ", allowed) + ".");
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("sortFields", allowed);
    }
}

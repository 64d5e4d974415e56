package io.segmentation.web;

/**
 * The stable part of an RFC 9457 problem: its type slug ({@code urn:segmentation:problem:<slug>}), title and HTTP
 * status code; a {@link ServiceException} carries one, so the advice needs to know no feature.
 *
 * @param slug   lower-case words joined by hyphens, e.g. {@code missing-columns}
 * @param title  a short summary that does not change between occurrences, e.g. {@code Missing columns}
 * @param status the HTTP status code, 400-599
 */
public record ProblemType(String slug, String title, int status) {

    /** Every unknown id: upload, run, customer, segment, model version, migration. */
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", 404);

    /** The type URI of a slug, {@code urn:segmentation:problem:<slug>}. */
    public static java.net.URI uriOf(String slug) {
        return java.net.URI.create("urn:segmentation:problem:" + slug);
    }

    /** This type's URI, {@code urn:segmentation:problem:<slug>}. */
    public java.net.URI uri() {
        return uriOf(slug);
    }

    public ProblemType {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || status < 400 || status > 599) {
            throw new IllegalArgumentException("problem type '" + slug + "' with status " + status);
        }
    }
}

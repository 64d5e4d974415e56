package io.segmentation.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The {@code Prefer} request header (RFC 7240), as far as the service honours it: {@code respond-async}. */
public final class Prefer {

    /** The header's name. */
    public static final String HEADER = "Prefer";

    /** The response header that confirms a preference was applied. */
    public static final String APPLIED = "Preference-Applied";

    /** The preference for an answer before long work is done: 202 and a resource to follow. */
    public static final String RESPOND_ASYNC = "respond-async";

    private Prefer() {
    }

    /** True when the header's value (preferences separated by commas, parameters by semicolons) holds respond-async. */
    public static boolean respondAsync(@Nullable String header) {
        return header != null && Arrays.stream(header.split(","))
                .map(p -> p.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .anyMatch(RESPOND_ASYNC::equals);
    }
}

package io.segmentation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem an endpoint answers, for its OpenAPI description: the status, the problem's type slug and title, and an
 * example detail. Repeat it for every problem the endpoint can give; problems every endpoint can give (an unknown
 * query parameter, MongoDB unavailable, an internal error, and those of API keys and rate limits) are added to every
 * operation without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {

    /** The HTTP status, 400-599. */
    int status();

    /** The type slug, e.g. {@code not-found} for {@code urn:segmentation:problem:not-found}. */
    String type();

    /** The problem's title, e.g. {@code Not found}. */
    String title();

    /** An example detail, as the service writes it. */
    String detail();
}

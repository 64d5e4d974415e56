package io.segmentation.segments;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The pointer to the published run: one document, replaced in a single write, so readers see either the previous
 * run's results or the new run's, never a mix.
 *
 * @param id          always {@code current}
 * @param runId       the published run
 * @param asOf        its reference date
 * @param customers   customers in it
 * @param publishedAt when it was published
 */
@Document("publication")
public record Publication(@Id String id, String runId, LocalDate asOf, long customers, Instant publishedAt,
                          @Nullable String currency) {

    static final String CURRENT = "current";

    public static Publication of(String runId, LocalDate asOf, long customers, Instant publishedAt) {
        return of(runId, asOf, customers, publishedAt, null);
    }

    /** @param currency ISO 4217 code of the run's amounts, or null when the uploads gave none or several */
    public static Publication of(String runId, LocalDate asOf, long customers, Instant publishedAt,
                                 @Nullable String currency) {
        return new Publication(CURRENT, runId, asOf, customers, publishedAt, currency);
    }
}

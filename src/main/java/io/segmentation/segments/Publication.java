package io.segmentation.segments;

import java.time.Instant;
import java.time.LocalDate;

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
public record Publication(@Id String id, String runId, LocalDate asOf, long customers, Instant publishedAt) {

    static final String CURRENT = "current";

    public static Publication of(String runId, LocalDate asOf, long customers, Instant publishedAt) {
        return new Publication(CURRENT, runId, asOf, customers, publishedAt);
    }
}

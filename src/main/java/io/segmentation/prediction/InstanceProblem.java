package io.segmentation.prediction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentation.web.ServiceException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The problem of one instance of a batch, in the shape of an RFC 9457 problem, in place of its prediction.
 *
 * @param instance 0-based position of the instance in the request
 * @param type     the problem type, e.g. {@code urn:segmentation:problem:invalid-features}
 * @param title    its short summary
 * @param status   the status a single request of this instance would answer, e.g. 400 or 404
 * @param detail   what is wrong with this instance and what to change
 * @param errors   for invalid features, every bad field of this instance
 */
@Schema(description = "The problem of one batch instance, in place of its prediction.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceProblem(@Schema(example = "1") int instance,
                              @Schema(example = "urn:segmentation:problem:not-found") String type,
                              @Schema(example = "Not found") String title, @Schema(example = "404") int status,
                              @Schema(example = "No customer 'nobody' in the published run.") String detail,
                              @Nullable List<InvalidFeaturesException.FieldError> errors) {

    static InstanceProblem of(int instance, ServiceException e) {
        return new InstanceProblem(instance, e.problemType().uri().toString(),
                e.problemType().title(), e.problemType().status(), e.getMessage(),
                e instanceof InvalidFeaturesException invalid ? invalid.errors() : null);
    }
}

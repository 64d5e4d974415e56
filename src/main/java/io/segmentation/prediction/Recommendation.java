package io.segmentation.prediction;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One recommended action from the catalogue.
 *
 * @param action    what to do
 * @param channel   where: {@code email}, {@code sms}, {@code phone}, {@code ads}, {@code app}, {@code web}, ...
 * @param priority  {@code high}, {@code medium} or {@code low}
 * @param rationale why, in a sentence
 * @param segment   the segment id the action comes from
 */
@Schema(description = "A recommended action.")
public record Recommendation(@Schema(example = "Personalised win-back email with a time-limited offer") String action,
                             @Schema(example = "email") String channel, @Schema(example = "high") String priority,
                             @Schema(example = "They spent well and often but have not bought for months.") String rationale,
                             @Schema(example = "at-risk") String segment) {
}

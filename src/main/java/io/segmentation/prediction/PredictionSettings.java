package io.segmentation.prediction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code /predict}.
 *
 * @param maxInstances largest batch accepted
 */
@ConfigurationProperties("segmentation.prediction")
record PredictionSettings(@DefaultValue("10000") int maxInstances) {
}

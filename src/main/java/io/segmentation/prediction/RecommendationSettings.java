package io.segmentation.prediction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the recommendations catalogue is.
 *
 * @param catalogue a Spring resource location: {@code classpath:recommendations.yml} (the built-in one) or
 *                  {@code file:/etc/segmentation/recommendations.yml}
 */
@ConfigurationProperties("segmentation.recommendations")
record RecommendationSettings(@DefaultValue("classpath:recommendations.yml") String catalogue) {
}

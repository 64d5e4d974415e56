package io.segmentation.prediction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the recommendations catalogue is.
 *
 * @param catalogue a Spring resource location: {@code classpath:recommendations.yml} (the built-in one) or
 *                  {@code file:/etc/segmentation/recommendations.yml}
 * @param churnRisk a valuable customer (monetary score 4-5) whose churn risk (1 - P(alive)) is at least this gets the
 *                  catalogue's {@code high-churn-risk} actions first
 */
@ConfigurationProperties("segmentation.recommendations")
record RecommendationSettings(@DefaultValue("classpath:recommendations.yml") String catalogue,
                              @DefaultValue("0.5") double churnRisk) {
}

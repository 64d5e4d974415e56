package io.segmentation.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data set loaded into an empty embedded database.
 *
 * @param enabled load it (embedded mode only; a real MongoDB is never filled with demo data)
 * @param seed    generator seed; the same seed gives the same file
 * @param lines   purchase lines to generate
 */
@ConfigurationProperties("segmentation.demo-data")
record DemoDataSettings(@DefaultValue("true") boolean enabled, @DefaultValue("42") long seed,
                        @DefaultValue("60000") long lines) {
}

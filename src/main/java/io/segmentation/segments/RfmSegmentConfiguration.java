package io.segmentation.segments;

import io.segmentation.rfm.RfmSegmentTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the RFM segment table once at start-up; a table that leaves a score combination uncovered stops the start. */
@Configuration(proxyBeanMethods = false)
class RfmSegmentConfiguration {

    @Bean
    RfmSegmentTable rfmSegmentTable(RfmSegmentSettings settings) {
        return settings.table();
    }
}

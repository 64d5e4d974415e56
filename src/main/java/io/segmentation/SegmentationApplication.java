package io.segmentation;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Entry point of the customer segmentation service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SegmentationApplication {

    public static void main(String[] args) {
        SpringApplication.run(SegmentationApplication.class, args);
    }

    /** "Now" for runs and uploads; its zone ({@code segmentation.zone}, UTC by default) makes dates calendar dates. */
    @Bean
    Clock clock(@Value("${segmentation.zone:UTC}") ZoneId zone) {
        return Clock.system(zone);
    }
}

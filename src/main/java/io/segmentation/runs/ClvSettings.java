package io.segmentation.runs;

import io.segmentation.clv.LifetimeValueOptions;
import io.segmentation.clv.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lifetime-value settings: the time unit of x, t_x and T ({@code days} or {@code weeks} = 7 days), the horizon in
 * days, the discount rate per month (30 days), and how many customers with a repeat purchase a fit needs.
 */
@ConfigurationProperties("segmentation.clv")
public record ClvSettings(@DefaultValue("days") String timeUnit, @DefaultValue("365") int horizonDays,
                          @DefaultValue("0.01") double discountRate, @DefaultValue("100") int minRepeatCustomers) {

    public ClvSettings {
        TimeUnit.parse(timeUnit);
        new LifetimeValueOptions(horizonDays, discountRate);
        if (minRepeatCustomers < 1) {
            throw new IllegalArgumentException("segmentation.clv.min-repeat-customers must be >= 1, was "
                    + minRepeatCustomers);
        }
    }

    public TimeUnit unit() {
        return TimeUnit.parse(timeUnit);
    }

    public LifetimeValueOptions options() {
        return new LifetimeValueOptions(horizonDays, discountRate);
    }
}

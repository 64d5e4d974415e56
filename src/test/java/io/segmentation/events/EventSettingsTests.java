package io.segmentation.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The backoff doubles from the initial wait and stops at the maximum; nonsense settings stop the start. */
class EventSettingsTests {

    @Test
    void backoffGrowsExponentiallyUpToTheMaximum() {
        var settings = new EventSettings(500, Duration.ofSeconds(1), 2, Duration.ofSeconds(60), 8,
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoffAfter(400)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void rejectsAZeroBatchOrNoAttempts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EventSettings(0, Duration.ofSeconds(1), 2,
                Duration.ofSeconds(60), 8, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)));
        assertThatIllegalArgumentException().isThrownBy(() -> new EventSettings(10, Duration.ofSeconds(1), 2,
                Duration.ofSeconds(60), 0, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }
}

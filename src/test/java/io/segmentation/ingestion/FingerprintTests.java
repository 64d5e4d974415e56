package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tests of {@link Fingerprint}. */
class FingerprintTests {

    @Test
    void givesEqualFieldsTheSameFingerprint() {
        assertThat(Fingerprint.of(List.of("536365", "6", "2.55"))).isEqualTo(Fingerprint.of(List.of("536365", "6", "2.55")));
    }

    @Test
    void tellsFieldBoundariesApart() {
        assertThat(Fingerprint.of(List.of("ab", "c"))).isNotEqualTo(Fingerprint.of(List.of("a", "bc")));
        assertThat(Fingerprint.of(List.of("a", ""))).isNotEqualTo(Fingerprint.of(List.of("a")));
        assertThat(Fingerprint.of(List.of("1", "2"))).isNotEqualTo(Fingerprint.of(List.of("2", "1")));
    }

    @Test
    void spreadsNearlyEqualRowsOverDistinctValues() {
        Set<Long> seen = new HashSet<>();
        Set<Long> lowBits = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long h = Fingerprint.of(List.of("5363" + i, "85123A", Integer.toString(i % 7)));
            seen.add(h);
            lowBits.add(h & 0xFFF);
        }

        assertThat(seen).hasSize(100_000);
        assertThat(lowBits).hasSize(4096); // every 12-bit bucket of the hash set is used
    }
}

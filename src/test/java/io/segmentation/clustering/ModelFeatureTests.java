package io.segmentation.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelFeatureTests {

    @Test
    void aLog1pNameReadsItsInnerInputAndTransformsIt() {
        ModelFeature f = ModelFeature.parse("log1p(monetary)");
        assertThat(f.input()).isEqualTo("monetary");
        assertThat(f.log1p()).isTrue();
        assertThat(f.apply(Math.E - 1)).isCloseTo(1.0, within(1e-12));
        assertThat(f.invert(f.apply(830.5))).isCloseTo(830.5, within(1e-9));
    }

    @Test
    void anyOtherNameIsReadAsIs() {
        ModelFeature f = ModelFeature.parse(" Income ");
        assertThat(f.input()).isEqualTo("Income");
        assertThat(f.log1p()).isFalse();
        assertThat(f.apply(58_138)).isEqualTo(58_138);
    }
}

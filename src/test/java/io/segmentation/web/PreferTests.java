package io.segmentation.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferTests {

    @Test
    void findsRespondAsyncAmongPreferencesAndParameters() {
        assertThat(Prefer.respondAsync("respond-async")).isTrue();
        assertThat(Prefer.respondAsync("return=minimal, Respond-Async; wait=10")).isTrue();
        assertThat(Prefer.respondAsync("respond-async, wait=5")).isTrue();
        assertThat(Prefer.respondAsync("return=minimal")).isFalse();
        assertThat(Prefer.respondAsync("respond-asynchronously")).isFalse();
        assertThat(Prefer.respondAsync(null)).isFalse();
    }
}

package io.segmentation.purchases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceValuesTests {

    private static final ZoneId COLOMBO = ZoneId.of("Asia/Colombo");

    @Test
    void idsAreTextAndIntegralNumbersLoseTheirFraction() {
        assertThat(SourceValues.id(" CUST1234 ")).isEqualTo("CUST1234");
        assertThat(SourceValues.id("12923.0")).isEqualTo("12923");
        assertThat(SourceValues.id(12923)).isEqualTo("12923");
        assertThat(SourceValues.id(12923L)).isEqualTo("12923");
        assertThat(SourceValues.id(12923.0)).isEqualTo("12923");
        assertThat(SourceValues.id(12923.5)).isNull();
        assertThat(SourceValues.id("  ")).isNull();
        assertThat(SourceValues.id(null)).isNull();
        assertThat(SourceValues.id(List.of("a"))).isNull();
    }

    @Test
    void datesAreBsonDatesOrIsoTextWithLocalValuesInTheZone() {
        Instant at = Instant.parse("2024-06-10T12:00:00Z");
        assertThat(SourceValues.instant(Date.from(at), COLOMBO)).isEqualTo(at);
        assertThat(SourceValues.instant("2024-06-10", COLOMBO)).isEqualTo(Instant.parse("2024-06-09T18:30:00Z"));
        assertThat(SourceValues.instant("2024-06-10T17:30:00", COLOMBO)).isEqualTo(at);
        assertThat(SourceValues.instant("2024-06-10 17:30", COLOMBO)).isEqualTo(at);
        assertThat(SourceValues.instant("2024-06-10T12:00:00Z", COLOMBO)).isEqualTo(at);
        assertThat(SourceValues.instant("2024-06-10T14:00:00.000+02:00", COLOMBO)).isEqualTo(at);
        assertThat(SourceValues.instant("yesterday", COLOMBO)).isNull();
        assertThat(SourceValues.instant("2024-02-30", COLOMBO)).isNull();
        assertThat(SourceValues.instant(20240610, COLOMBO)).isNull();
    }

    @Test
    void amountsAreNumbersOrNumericText() {
        assertThat(SourceValues.amount(12500)).isEqualTo(12500.0);
        assertThat(SourceValues.amount(12500.5)).isEqualTo(12500.5);
        assertThat(SourceValues.amount(new Decimal128(new java.math.BigDecimal("12500.50")))).isEqualTo(12500.5);
        assertThat(SourceValues.amount(" 12500.50 ")).isEqualTo(12500.5);
        assertThat(SourceValues.amount("-3")).isEqualTo(-3.0);
        assertThat(SourceValues.amount("12,500")).isNull();
        assertThat(SourceValues.amount("NaN")).isNull();
        assertThat(SourceValues.amount(new Document())).isNull();
        assertThat(SourceValues.amount(null)).isNull();
    }
}

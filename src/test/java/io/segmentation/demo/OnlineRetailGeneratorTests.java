package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of the generator's contract: header, exact line count, determinism and field formats. */
class OnlineRetailGeneratorTests {

    private static final OnlineRetailGenerator.Options SMALL = OnlineRetailGenerator.Options.defaults().withLines(20_000);

    @Test
    void sameOptionsGiveByteIdenticalOutput() {
        assertThat(PurchaseLine.generate(SMALL)).isEqualTo(PurchaseLine.generate(SMALL));
    }

    @Test
    void differentSeedsGiveDifferentOutput() {
        OnlineRetailGenerator.Options otherSeed = new OnlineRetailGenerator.Options(43, SMALL.customers(),
                SMALL.lines(), SMALL.from(), SMALL.to());

        assertThat(PurchaseLine.generate(otherSeed)).isNotEqualTo(PurchaseLine.generate(SMALL));
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, 2, 17, 1_000, 33_333 })
    void writesTheHeaderAndExactlyTheRequestedLines(long lines) throws IOException {
        StringWriter out = new StringWriter();

        long written = new OnlineRetailGenerator().write(out, OnlineRetailGenerator.Options.defaults().withLines(lines));

        String[] rows = out.toString().split("\n", -1);
        assertThat(written).isEqualTo(lines);
        assertThat(rows[0]).isEqualTo("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country");
        assertThat(rows).hasSize((int) lines + 2); // header, lines, and the empty text after the last line end
        assertThat(rows[rows.length - 1]).isEmpty();
    }

    @Test
    void everyLineParsesBackIntoEightFieldsEvenWithQuotedDescriptions() {
        String[] rows = PurchaseLine.generate(SMALL).split("\n");

        for (int i = 1; i < rows.length; i++) {
            assertThat(PurchaseLine.split(rows[i])).hasSize(8);
        }
        assertThat(rows).anyMatch(row -> row.contains("\"") && PurchaseLine.parse(row).description().contains(","));
        assertThat(rows).anyMatch(row -> row.contains("\"\"")); // a description with a quote in it
    }

    @Test
    void fieldsHaveTheRealFilesFormats() {
        List<PurchaseLine> lines = PurchaseLine.generateLines(SMALL);

        assertThat(lines).allSatisfy(line -> {
            assertThat(line.invoiceNo()).matches("C?\\d{6}");
            assertThat(line.invoiceDate()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:00");
            assertThat(line.unitPrice()).matches("\\d+\\.\\d{2}");
            assertThat(line.customerId()).matches("|\\d{5}\\.0");
            assertThat(line.stockCode()).matches("\\d{5}[A-Z]?|POST");
        });
        assertThat(lines).filteredOn(line -> !line.guest())
            .allSatisfy(line -> assertThat(Double.parseDouble(line.customerId())).isGreaterThanOrEqualTo(12346));
    }

    @Test
    void datesStayInThePeriodAndInShopHours() {
        List<PurchaseLine> lines = PurchaseLine.generateLines(SMALL);

        assertThat(lines).allSatisfy(line -> {
            LocalDate date = LocalDate.parse(line.invoiceDate().substring(0, 10));
            int hour = Integer.parseInt(line.invoiceDate().substring(11, 13));
            assertThat(date).isBetween(SMALL.from(), SMALL.to());
            assertThat(hour).isBetween(7, 20);
        });
    }

    @Test
    void invoiceNumbersFollowTime() {
        List<PurchaseLine> lines = PurchaseLine.generateLines(SMALL);

        for (int i = 1; i < lines.size(); i++) {
            PurchaseLine before = lines.get(i - 1);
            PurchaseLine after = lines.get(i);
            assertThat(number(after)).isGreaterThanOrEqualTo(number(before));
            assertThat(after.invoiceDate()).isGreaterThanOrEqualTo(before.invoiceDate());
        }
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        Locale original = Locale.getDefault();
        String german;
        try {
            Locale.setDefault(Locale.GERMANY);
            german = PurchaseLine.generate(SMALL);
        }
        finally {
            Locale.setDefault(original);
        }

        assertThat(german).isEqualTo(PurchaseLine.generate(SMALL));
        assertThat(german).doesNotContain(",00,").contains(".");
    }

    @Test
    void withoutCustomersEveryLineLacksACustomerId() {
        OnlineRetailGenerator.Options noCustomers = new OnlineRetailGenerator.Options(1, 0, 500, SMALL.from(),
                SMALL.to());

        assertThat(PurchaseLine.generateLines(noCustomers)).hasSize(500).allMatch(PurchaseLine::guest);
    }

    @Test
    void aSingleDayPeriodPutsEveryLineOnThatDay() {
        LocalDate day = LocalDate.of(2011, 11, 17);
        OnlineRetailGenerator.Options oneDay = new OnlineRetailGenerator.Options(5, 20, 2_000, day, day);

        assertThat(PurchaseLine.generateLines(oneDay)).hasSize(2_000)
            .allMatch(line -> line.invoiceDate().startsWith("2011-11-17 "));
    }

    @Test
    void rejectsNegativeCountsAndReversedPeriods() {
        LocalDate from = SMALL.from();
        assertThatIllegalArgumentException().isThrownBy(() -> new OnlineRetailGenerator.Options(1, -1, 10, from, from));
        assertThatIllegalArgumentException().isThrownBy(() -> new OnlineRetailGenerator.Options(1, 1, -10, from, from))
            .withMessageContaining("lines");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new OnlineRetailGenerator.Options(1, 1, 10, from, from.minusDays(1)))
            .withMessageContaining("before");
    }

    @Test
    void customersScaleWithLinesLikeTheRealFile() {
        assertThat(OnlineRetailGenerator.Options.customersFor(541_909)).isBetween(3_900, 4_100);
        assertThat(OnlineRetailGenerator.Options.customersFor(0)).isZero();
        assertThat(OnlineRetailGenerator.Options.customersFor(3)).isEqualTo(1);
        assertThat(OnlineRetailGenerator.Options.defaults().withLines(5_000_000).customers()).isEqualTo(37_037);
    }

    private static long number(PurchaseLine line) {
        return Long.parseLong(line.cancellation() ? line.invoiceNo().substring(1) : line.invoiceNo());
    }
}

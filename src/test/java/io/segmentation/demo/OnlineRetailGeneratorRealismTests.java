package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests that 50,000 generated lines have the shares and shapes of the real Online Retail file. */
class OnlineRetailGeneratorRealismTests {

    private static final OnlineRetailGenerator.Options OPTIONS = OnlineRetailGenerator.Options.defaults()
        .withLines(50_000);

    private static List<PurchaseLine> lines;

    @BeforeAll
    static void generate() {
        lines = PurchaseLine.generateLines(OPTIONS);
    }

    @Test
    void aFifthToAQuarterOfLinesLackACustomerId() {
        assertThat(share(PurchaseLine::guest)).isBetween(0.15, 0.30);
    }

    @Test
    void aboutTwoPercentOfLinesAreCancellationsWithNegativeQuantities() {
        assertThat(share(PurchaseLine::cancellation)).isBetween(0.01, 0.04);
        assertThat(lines).allMatch(line -> line.cancellation() == (line.quantity() < 0));
    }

    @Test
    void cancellationsBelongToCustomersWhoOrderedThoseProductsBefore() {
        Map<String, String> firstOrder = new HashMap<>();
        lines.stream()
            .filter(line -> !line.cancellation() && !line.guest())
            .forEach(line -> firstOrder.putIfAbsent(line.customerId() + "/" + line.stockCode(), line.invoiceDate()));

        assertThat(lines).filteredOn(PurchaseLine::cancellation).isNotEmpty().allSatisfy(line -> {
            assertThat(line.customerId()).isNotEmpty();
            assertThat(firstOrder.get(line.customerId() + "/" + line.stockCode())).isNotNull()
                .isLessThan(line.invoiceDate());
        });
    }

    @Test
    void mostLinesComeFromTheUnitedKingdomButSeveralCountriesBuy() {
        assertThat(share(line -> line.country().equals("United Kingdom"))).isGreaterThan(0.70);
        assertThat(lines.stream().map(PurchaseLine::country).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aCustomerKeepsOneCountry() {
        Map<String, Set<String>> countries = lines.stream()
            .filter(line -> !line.guest())
            .collect(Collectors.groupingBy(PurchaseLine::customerId,
                    Collectors.mapping(PurchaseLine::country, Collectors.toSet())));

        assertThat(countries).isNotEmpty().allSatisfy((customer, names) -> assertThat(names).hasSize(1));
    }

    @Test
    void aFewCustomersOrderFarMoreOftenThanTheTypicalOne() {
        int[] orders = ordersPerCustomer();
        int median = orders[orders.length / 2];
        int max = orders[orders.length - 1];

        assertThat(median).isBetween(1, 3);
        assertThat(max).isGreaterThanOrEqualTo(10 * median).isGreaterThanOrEqualTo(24);
        assertThat(orders.length).isGreaterThan(OPTIONS.customers() * 9 / 10);
    }

    @Test
    void invoicesAverageAboutTwentyLinesWithALongTail() {
        Map<String, Long> linesPerInvoice = lines.stream()
            .collect(Collectors.groupingBy(PurchaseLine::invoiceNo, Collectors.counting()));
        double mean = lines.size() / (double) linesPerInvoice.size();

        assertThat(mean).isBetween(14.0, 28.0);
        assertThat(linesPerInvoice.values().stream().mapToLong(Long::longValue).max().orElseThrow())
            .isGreaterThan(100);
    }

    @Test
    void novemberIsTheBusiestMonthAndSaturdaysAreNearlyEmpty() {
        Map<Month, Long> byMonth = lines.stream()
            .collect(Collectors.groupingBy(line -> date(line).getMonth(), Collectors.counting()));
        Map<DayOfWeek, Long> byWeekday = lines.stream()
            .collect(Collectors.groupingBy(line -> date(line).getDayOfWeek(), Collectors.counting()));

        assertThat(byMonth.get(Month.NOVEMBER)).isEqualTo(byMonth.values().stream().max(Long::compare).orElseThrow());
        assertThat(byMonth.get(Month.NOVEMBER)).isGreaterThan(2 * byMonth.get(Month.FEBRUARY));
        assertThat(byWeekday.getOrDefault(DayOfWeek.SATURDAY, 0L)).isLessThan(byWeekday.get(DayOfWeek.THURSDAY) / 10);
    }

    @Test
    void customersFirstBuyThroughoutThePeriod() {
        Map<String, String> firstPurchase = new HashMap<>();
        lines.stream()
            .filter(line -> !line.guest())
            .forEach(line -> firstPurchase.merge(line.customerId(), line.invoiceDate(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Set<String> months = new HashSet<>();
        firstPurchase.values().forEach(date -> months.add(date.substring(0, 7)));
        long lateJoiners = firstPurchase.values().stream().filter(date -> date.compareTo("2011-07-01") >= 0).count();

        assertThat(months).hasSizeGreaterThanOrEqualTo(12);
        assertThat(lateJoiners).isGreaterThan(firstPurchase.size() / 5);
    }

    @Test
    void eachProductKeepsOnePriceExceptOnFreeLines() {
        Map<String, Set<String>> prices = lines.stream()
            .filter(line -> !line.unitPrice().equals("0.00"))
            .collect(Collectors.groupingBy(PurchaseLine::stockCode,
                    Collectors.mapping(PurchaseLine::unitPrice, Collectors.toSet())));

        assertThat(prices).hasSizeBetween(200, 500).allSatisfy((code, set) -> assertThat(set).hasSize(1));
    }

    @Test
    void aFewLinesAreFreeAndAFewAreExactDuplicates() {
        long free = lines.stream().filter(line -> line.unitPrice().equals("0.00")).count();
        long duplicates = lines.size() - new HashSet<>(lines).size();

        assertThat(free).isBetween(5L, 500L);
        assertThat(duplicates / (double) lines.size()).isBetween(0.001, 0.03);
    }

    private static double share(Predicate<PurchaseLine> predicate) {
        return lines.stream().filter(predicate).count() / (double) lines.size();
    }

    private static int[] ordersPerCustomer() {
        Map<String, Set<String>> invoices = lines.stream()
            .filter(line -> !line.guest() && !line.cancellation())
            .collect(Collectors.groupingBy(PurchaseLine::customerId,
                    Collectors.mapping(PurchaseLine::invoiceNo, Collectors.toSet())));
        int[] orders = invoices.values().stream().mapToInt(Set::size).toArray();
        Arrays.sort(orders);
        return orders;
    }

    private static LocalDate date(PurchaseLine line) {
        return LocalDate.parse(line.invoiceDate().substring(0, 10));
    }
}

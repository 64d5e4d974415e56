package io.segmentation.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderStore;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.rules.RuleSegmenter;
import io.segmentation.rules.RuleSettings;
import io.segmentation.rules.SpendingThresholds;
import io.segmentation.segments.CustomerProfile;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database path (orders grouped per customer in MongoDB, {@link DatabaseCustomerOrders}) against the service path
 * (every order in a map, as {@link RunInputs#load} fills it) on the same stored uploads: every customer profile (RFM
 * metrics, scores, RFM and rule segments, CLV figures), every segment profile, the CLV models and the spending amounts
 * must be equal, to the last bit. Run on the embedded store and on a real MongoDB.
 */
abstract class DatabaseFactsContract {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-17");

    @Autowired
    OrderStore store;

    private static SegmentationPipeline pipeline(ZoneId zone) {
        return new SegmentationPipeline(RfmSegmentTable.DEFAULT, new RuleSegmenter(RuleSettings.defaults()), zone,
                new ClvSettings("days", 365, 0.01, 100), new SpendingThresholds(true, 0.9, 0.8, 0.3));
    }

    /** Stores each list as one upload and returns the uploads' ids, oldest first. */
    private List<String> store(List<List<Order>> uploads) {
        List<String> ids = new ArrayList<>();
        for (List<Order> orders : uploads) {
            String id = new ObjectId().toHexString();
            store.insert(id, orders);
            ids.add(id);
        }
        return ids;
    }

    /** Both paths on the same uploads; returns the database path's result after asserting it equals the other. */
    private SegmentationPipeline.Result bothPathsAgree(List<List<Order>> uploads, ZoneId zone, String asOf,
                                                       int batchSize) {
        List<String> ids = store(uploads);
        List<Order> inUploadOrder = new ArrayList<>();
        uploads.forEach(inUploadOrder::addAll);
        SegmentationPipeline pipeline = pipeline(zone);
        SegmentationPipeline.Result service = pipeline.compute(RealOrders.byCustomer(inUploadOrder), asOf, TODAY);
        DatabaseCustomerOrders stream = new DatabaseCustomerOrders(store, ids, batchSize);
        SegmentationPipeline.Result database = pipeline.compute(stream, asOf, TODAY);

        assertThat(stream.totals().documents()).isEqualTo(inUploadOrder.size());
        assertThat(stream.totals().orders()).isEqualTo(RealOrders.byCustomer(inUploadOrder).values().stream()
                .mapToLong(List::size).sum());
        assertThat(database.asOf()).isEqualTo(service.asOf());
        assertThat(database.customers()).hasSameSizeAs(service.customers());
        for (int i = 0; i < service.customers().size(); i++) {
            assertThat(database.customers().get(i)).as("customer %s", service.customers().get(i).customerId())
                    .isEqualTo(service.customers().get(i));
        }
        assertThat(database.segments()).isEqualTo(service.segments());
        assertThat(database.clv()).usingRecursiveComparison().ignoringFields("fitMillis").isEqualTo(service.clv());
        assertThat(database.spending()).isEqualTo(service.spending());
        ids.forEach(store::deleteBatch);
        return database;
    }

    private static CustomerProfile customer(SegmentationPipeline.Result result, String id) {
        return result.customers().stream().filter(c -> c.customerId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theOnlineRetailSampleGivesTheSameResultsCustomerByCustomer() {
        SegmentationPipeline.Result result = bothPathsAgree(List.of(RealOrders.retail()), ZoneOffset.UTC, "auto", 1000);
        assertThat(result.customers()).hasSize(3546);
        assertThat(result.clv().status()).isEqualTo("FITTED");
        assertThat(customer(result, "12347")).extracting(CustomerProfile::recencyDays, CustomerProfile::frequency,
                CustomerProfile::monetary).containsExactly(40L, 4, 453.0);
    }

    @Test
    void theMarketingCampaignGivesTheSameResultsWithCategoriesCountriesAndAZone() {
        ZoneId colombo = ZoneId.of("Asia/Colombo");
        SegmentationPipeline.Result result = bothPathsAgree(List.of(RealOrders.marketing(colombo)), colombo, "auto", 97);
        assertThat(result.customers()).hasSizeGreaterThan(2000);
        assertThat(result.customers()).extracting(c -> c.rules().category()).contains("wines", "meat", "family");
        assertThat(result.customers()).extracting(CustomerProfile::country).contains("Married", "Single");
    }

    @Test
    void twoUploadsRepeatingOrdersCountThemOnceAsTheLaterUploadHasThem() {
        List<Order> retail = RealOrders.retail();
        int third = retail.size() / 3;
        List<Order> older = retail.subList(0, 2 * third);
        List<Order> newer = new ArrayList<>();
        // why: the newer upload repeats the middle third with other amounts and dates, which must win
        for (Order o : retail.subList(third, 2 * third)) {
            newer.add(new Order(o.customerId(), o.orderId(), o.timestamp().plusSeconds(86_400 * 3), o.amount() * 2 + 0.1,
                    o.items(), o.lines(), Map.of(), o.country()));
        }
        newer.addAll(retail.subList(2 * third, retail.size()));
        SegmentationPipeline.Result result = bothPathsAgree(List.of(older, newer), ZoneId.of("Europe/London"),
                "auto", 250);
        assertThat(result.customers()).hasSize(3546);
        // a customer of the repeated third: each order once, the newer upload's version where it has one
        Map<String, Order> latestVersion = new java.util.LinkedHashMap<>();
        older.forEach(o -> latestVersion.put(o.customerId() + '/' + o.orderId(), o));
        newer.forEach(o -> latestVersion.put(o.customerId() + '/' + o.orderId(), o));
        String customerId = retail.get(third).customerId();
        List<Order> theirs = latestVersion.values().stream().filter(o -> o.customerId().equals(customerId)).toList();
        assertThat(theirs).anyMatch(o -> newer.contains(o) && older.stream().anyMatch(p -> p.orderId().equals(o.orderId())
                && p.customerId().equals(customerId)));
        CustomerProfile profile = customer(result, customerId);
        assertThat(profile.frequency()).isEqualTo(theirs.size());
        assertThat(profile.monetary()).isCloseTo(theirs.stream().mapToDouble(Order::amount).sum(), within(1e-4));
    }

    @Test
    void ordersAfterTheReferenceDateAreLeftOutAndACustomerWithOnlySuchOrdersIsAbsent() {
        List<Order> retail = RealOrders.retail();
        SegmentationPipeline.Result result = bothPathsAgree(List.of(retail), ZoneId.of("America/St_Johns"),
                "2011-06-30", 333);
        assertThat(result.asOf()).isEqualTo("2011-06-30");
        assertThat(result.customers()).allSatisfy(c -> assertThat(c.lastPurchase()).isBeforeOrEqualTo("2011-06-30"));
        long customersBefore = retail.stream().filter(o -> o.timestamp().isBefore(Instant.parse("2011-06-30T00:00:00Z")))
                .map(Order::customerId).distinct().count();
        assertThat((long) result.customers().size()).isBetween(customersBefore, 3545L);
        String onlyLater = retail.stream().map(Order::customerId).distinct()
                .filter(id -> retail.stream().filter(o -> o.customerId().equals(id))
                        .allMatch(o -> o.timestamp().isAfter(Instant.parse("2011-07-02T00:00:00Z"))))
                .findFirst().orElseThrow();
        assertThat(result.customers()).extracting(CustomerProfile::customerId).doesNotContain(onlyLater);
    }

    @Test
    void theLatestDateIsFoundWhenTheClockWentBackAcrossMidnightAfterIt() {
        // America/St_Johns, 2009-11-01 00:01 NDT went back to 2009-10-31 23:01 NST: the later order has the earlier date
        Order beforeTheChange = new Order("S1", "a", Instant.parse("2009-11-01T02:30:30Z"), 10, 1, 1, Map.of(), null);
        Order afterTheChange = new Order("S2", "b", Instant.parse("2009-11-01T02:45:00Z"), 20, 1, 1, Map.of(), null);
        List<Order> orders = new ArrayList<>(RealOrders.retail().subList(0, 300).stream()
                .map(o -> new Order(o.customerId(), o.orderId(), o.timestamp().minusSeconds(3L * 365 * 86_400),
                        o.amount(), o.items(), o.lines(), o.amountByCategory(), o.country())).toList());
        orders.add(beforeTheChange);
        orders.add(afterTheChange);
        SegmentationPipeline.Result result = bothPathsAgree(List.of(orders), ZoneId.of("America/St_Johns"), "auto", 40);
        assertThat(result.asOf()).isEqualTo("2009-11-02");
        assertThat(customer(result, "S1").lastPurchase()).isEqualTo("2009-11-01");
        assertThat(customer(result, "S2").lastPurchase()).isEqualTo("2009-10-31");
    }

    @Test
    void negativeZeroAndNonFiniteAmountsDoNotBreakARunOnEitherPath() {
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        List<Order> odd = new ArrayList<>(RealOrders.retail().subList(0, 2000));
        odd.add(new Order("ODD-1", "n1", t, -25.5, 1, 1, Map.of("Gifts", -25.5), "France"));
        odd.add(new Order("ODD-1", "n2", t.plusSeconds(3600), 40, 1, 1, Map.of("Gifts", 40.0), null));
        odd.add(new Order("ODD-2", "z1", t, 0, 0, 0, Map.of(), null));
        odd.add(new Order("ODD-3", "x1", t, Double.NaN, 1, 1, Map.of("Toys", Double.POSITIVE_INFINITY), null));
        odd.add(new Order("ODD-3", "x2", t.plusSeconds(86_400 * 40), 1e308, 1, 1, Map.of(), null));
        SegmentationPipeline.Result result = bothPathsAgree(List.of(odd), ZoneOffset.UTC, "auto", 50);
        assertThat(customer(result, "ODD-1").monetary()).isEqualTo(14.5);
        assertThat(customer(result, "ODD-1").clv()).isNull();
        assertThat(customer(result, "ODD-1").country()).isEqualTo("France");
        assertThat(customer(result, "ODD-2").frequency()).isEqualTo(1);
        assertThat(customer(result, "ODD-3").frequency()).isEqualTo(2);
    }
}

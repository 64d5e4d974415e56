package io.segmentation.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-run readers page through a run's customers by id: every customer once, sorted, none of other runs. */
@SpringBootTest(properties = "test.store=result-paging")
@ActiveProfiles("test")
class ResultStorePagingIntegrationTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Autowired
    ResultStore store;

    @Autowired
    ResultWriter writer;

    @Test
    void aRunOfManyPagesIsReadWholeInCustomerIdOrderAndOnlyItsOwnCustomers() {
        List<CustomerProfile> big = new ArrayList<>();
        for (int i = 1_233; i >= 0; i--) { // why: stored out of order; read back sorted
            big.add(profile(String.format("C%05d", i), i % 2 == 0 ? "champions" : "lost", i));
        }
        writer.saveCustomers("paging-big", big);
        writer.saveCustomers("paging-other", List.of(profile("C00001", "lost", 1), profile("Z", "lost", 2)));

        List<String> ids = new ArrayList<>();
        store.forEachCustomer("paging-big", null, c -> ids.add(c.customerId()));
        assertThat(ids).hasSize(1_234).isSorted().doesNotHaveDuplicates().doesNotContain("Z");

        List<CustomerProfile> champions = new ArrayList<>();
        store.forEachCustomer("paging-big", "champions", champions::add);
        assertThat(champions).hasSize(617).allSatisfy(c -> assertThat(c.rfmSegment()).isEqualTo("champions"));
        assertThat(champions.get(0)).isEqualTo(big.get(big.size() - 1));

        List<StoredHistory> histories = new ArrayList<>();
        store.forEachHistory("paging-big", histories::add);
        assertThat(histories).hasSize(1_234);
        assertThat(histories.get(7).segmentHistory()).containsExactly(
                new SegmentHistory.Entry("paging-earlier", AS_OF.minusMonths(1), "lost", 7.0));
        // why: equal run ids are kept once across customers
        assertThat(histories.get(7).segmentHistory().get(0).runId())
                .isSameAs(histories.get(8).segmentHistory().get(0).runId());

        List<String> labelled = new ArrayList<>();
        store.forEachRuleLabels("paging-big", "lost", (customerId, rules) -> labelled.add(customerId));
        assertThat(labelled).hasSize(617).isSorted();

        assertThat(store.customers("paging-big", null, 1_000, 500)).hasSize(234)
                .first().extracting(CustomerProfile::customerId).isEqualTo("C01000");
        assertThat(store.customers("paging-big", null, 5_000, 10)).isEmpty();
        assertThat(store.countCustomers("paging-big", "champions")).isEqualTo(617);
        assertThat(store.topCustomers("paging-big", "lost", 3)).extracting(CustomerProfile::customerId)
                .containsExactly("C01233", "C01231", "C01229");

        writer.deleteRun("paging-big");
        assertThat(store.countCustomers("paging-big", CustomerFilter.ALL)).isZero(); // why: a deleted run's cached ids are gone
        writer.deleteRun("paging-other");
    }

    private static CustomerProfile profile(String id, String segment, int i) {
        return new CustomerProfile(id, "France", 10 + i, 1 + i % 5, 100.0 + i, 50.0, AS_OF.minusDays(300),
                AS_OF.minusDays(10), 300, 1 + i % 5, 1 + i % 5, 1 + i % 5, "555", segment, null, null, null,
                List.of(new SegmentHistory.Entry("paging-earlier", AS_OF.minusMonths(1), "lost", i)));
    }
}

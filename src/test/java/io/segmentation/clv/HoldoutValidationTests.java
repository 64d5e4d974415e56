package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests of {@link HoldoutValidation}. */
class HoldoutValidationTests {

    private static final BgNbdParameters TRUE = new BgNbdParameters(0.25, 4, 0.8, 2.5);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6, 4, 15);

    @Test
    void predictsHoldoutPurchasesOfSimulatedCustomers() {
        // 39 weeks of first purchases and calibration, then a 39-week holdout
        List<CustomerPurchases> customers = purchases(new Simulation(17).customers(20_000, 273, 272 + 273, TRUE, SPEND));

        HoldoutReport report = new HoldoutValidation().validate(customers, 272, 273, TimeUnit.WEEKS);

        assertThat(report.fit().converged()).as(report.fit().message()).isTrue();
        assertThat(report.customers()).hasSize(20_000);
        assertThat(report.excludedCustomers()).isZero();
        assertThat(report.expectedPurchases()).isCloseTo(report.actualPurchases(),
                within(0.05 * report.actualPurchases()));
        assertThat(report.meanAbsoluteError()).isPositive().isLessThan(report.actualPurchases() / 20_000.0 * 1.5);
        List<CumulativePoint> curve = report.cumulative();
        assertThat(curve).hasSize(78);
        CumulativePoint last = curve.get(curve.size() - 1);
        assertThat(last.epochDay()).isEqualTo(272 + 273);
        assertThat(last.expected()).isCloseTo(last.actual(), within(0.05 * last.actual()));
        CumulativePoint calibrationEnd = curve.get(38);
        assertThat(calibrationEnd.holdout()).isFalse();
        assertThat(curve.get(39).holdout()).isTrue();
        double calibrationRepeats = report.customers().stream().mapToDouble(c -> c.calibration().x()).sum();
        assertThat(calibrationEnd.actual()).isEqualTo(calibrationRepeats);
        assertThat(last.actual()).isEqualTo(calibrationRepeats + report.actualPurchases());
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).actual()).isGreaterThanOrEqualTo(curve.get(i - 1).actual());
            assertThat(curve.get(i).expected()).isGreaterThan(curve.get(i - 1).expected());
        }
    }

    @Test
    void countsDistinctHoldoutDaysAndExcludesCustomersWhoStartLater() {
        List<CustomerPurchases> customers = new ArrayList<>(purchases(
                new Simulation(3).customers(2_000, 100, 200, TRUE, SPEND)));
        // days 150 (twice) and 160 in the holdout (100, 200]; 250 is after it
        customers.add(new CustomerPurchases(new int[] { 10, 150, 150, 160, 250, 40 }, new double[] { 1, 2, 3, 4, 5, 6 }));
        customers.add(new CustomerPurchases(new int[] { 120, 130 }, new double[] { 1, 1 }));

        HoldoutReport report = new HoldoutValidation().validate(customers, 100, 100, TimeUnit.DAYS);

        HoldoutCustomer known = report.customers().get(report.customers().size() - 1);
        assertThat(known.index()).isEqualTo(2_000);
        assertThat(known.actualPurchases()).isEqualTo(2);
        assertThat(known.calibration().x()).isEqualTo(1);
        assertThat(known.calibration().T()).isEqualTo(90);
        assertThat(known.expectedPurchases()).isPositive();
        assertThat(report.excludedCustomers()).isEqualTo(1);
        assertThat(report.customers()).hasSize(2_001);
    }

    @Test
    void reportsAFailedFitWithActualsAndNoPredictions() {
        List<CustomerPurchases> oneTimers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            oneTimers.add(new CustomerPurchases(new int[] { i, 40 + i }, new double[] { 1, 1 }));
        }

        HoldoutReport report = new HoldoutValidation().validate(oneTimers, 30, 30, TimeUnit.DAYS);

        assertThat(report.fit().failed()).isTrue();
        assertThat(report.actualPurchases()).isEqualTo(20);
        assertThat(report.expectedPurchases()).isNaN();
        assertThat(report.meanAbsoluteError()).isNaN();
        assertThat(report.cumulative()).isNotEmpty().allSatisfy(p -> assertThat(p.expected()).isNaN());
    }

    @Test
    void rejectsAnEmptyHoldout() {
        assertThatThrownBy(() -> new HoldoutValidation().validate(List.of(), 10, 0, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdout");
    }

    private static List<CustomerPurchases> purchases(List<Simulation.Purchases> simulated) {
        return simulated.stream().map(p -> new CustomerPurchases(p.days(), p.amounts())).toList();
    }
}

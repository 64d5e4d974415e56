package io.segmentation.runs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.segmentation.clv.BgNbdFit;
import io.segmentation.clv.CustomerPurchases;
import io.segmentation.clv.HoldoutCustomer;
import io.segmentation.clv.HoldoutReport;
import io.segmentation.clv.HoldoutValidation;
import io.segmentation.clv.TimeUnit;
import io.segmentation.purchases.Order;
import io.segmentation.purchases.PurchaseInput;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import org.springframework.stereotype.Service;

/** Answers the published run's lifetime-value models and validates the models on a holdout period. */
@Service
public class ClvService {

    private final ResultStore results;
    private final RunStore runs;
    private final RunInputs inputs;
    private final ClvSettings settings;
    private final java.time.Clock clock;

    ClvService(ResultStore results, RunStore runs, RunInputs inputs, ClvSettings settings, java.time.Clock clock) {
        this.results = results;
        this.runs = runs;
        this.inputs = inputs;
        this.settings = settings;
        this.clock = clock;
    }

    /** The published run's lifetime-value models, or NOT_FITTED with the reason. */
    public ClvView published() {
        Optional<Publication> publication = results.current();
        if (publication.isEmpty()) {
            return new ClvView(null, null, notFitted("No run has completed yet: upload purchases (POST /uploads) or"
                    + " start a run (POST /runs)."), null);
        }
        String runId = publication.get().runId();
        ClvReport report = runs.find(runId).map(Run::clv).orElse(null);
        return new ClvView(runId, publication.get().asOf(), report != null ? report
                : notFitted("Run " + runId + " was computed before lifetime value existed; POST /runs?force=true"
                + " computes it."), publication.get().currency());
    }

    private ClvReport notFitted(String reason) {
        return new ClvReport("NOT_FITTED", reason, settings.unit().name().toLowerCase(java.util.Locale.ROOT),
                settings.horizonDays(), settings.discountRate(), 0, 0, null, null, 0);
    }

    /**
     * Fits BG/NBD on every stored purchase up to the calibration end and compares the holdout with the model.
     *
     * @throws IllegalArgumentException when the holdout ends after the latest stored purchase day (nothing to compare)
     */
    ClvValidation validate(ClvValidationRequest request) {
        List<String> uploads = inputs.committedUploads();
        Map<String, List<Order>> byCustomer = new HashMap<>();
        inputs.load(uploads, byCustomer, new ArrayList<PurchaseInput>());
        java.time.ZoneId zone = clock.getZone();
        List<String> ids = new ArrayList<>(new TreeMap<>(byCustomer).keySet());
        List<CustomerPurchases> purchases = new ArrayList<>(ids.size());
        int latest = Integer.MIN_VALUE;
        for (String id : ids) {
            List<Order> orders = byCustomer.get(id);
            int[] days = new int[orders.size()];
            double[] amounts = new double[orders.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = (int) LocalDate.ofInstant(orders.get(i).timestamp(), zone).toEpochDay();
                amounts[i] = Math.max(0, orders.get(i).amount());
                latest = Math.max(latest, days[i]);
            }
            purchases.add(new CustomerPurchases(days, amounts));
        }
        byCustomer.clear();
        int calibrationEnd = (int) request.calibrationEnd().toEpochDay();
        if (purchases.isEmpty() || calibrationEnd >= latest) {
            throw new IllegalArgumentException("calibrationEnd " + request.calibrationEnd() + " leaves no purchase after"
                    + " it" + (purchases.isEmpty() ? " (no purchases are stored)" : "; the latest purchase day is "
                    + LocalDate.ofEpochDay(latest)) + ". Choose a calibration end before the latest purchase.");
        }
        TimeUnit unit = settings.unit();
        String unitName = unit.name().toLowerCase(java.util.Locale.ROOT);
        HoldoutReport report;
        try {
            report = new HoldoutValidation().validate(purchases, calibrationEnd, request.holdoutDays(), unit);
        } catch (ArithmeticException e) { // why: a fit at the edge of what the formulas compute is reported, not thrown
            return new ClvValidation("FAILED", "the fitted model cannot score this holdout: " + e.getMessage(),
                    unitName, request.calibrationEnd().toString(), request.holdoutDays(), null, List.of(), 0,
                    new ClvValidation.Totals(0, 0, 0), List.of());
        }
        BgNbdFit fit = report.fit();
        if (fit == null || fit.failed()) {
            return new ClvValidation("FAILED", fit == null ? "no customer bought in the calibration period"
                    : fit.message(), unitName, request.calibrationEnd().toString(), request.holdoutDays(), null,
                    List.of(), report.excludedCustomers(), new ClvValidation.Totals(0, 0, 0), List.of());
        }
        List<ClvValidation.Customer> customers = new ArrayList<>(report.customers().size());
        for (HoldoutCustomer c : report.customers()) {
            customers.add(new ClvValidation.Customer(ids.get(c.index()), c.actualPurchases(), c.expectedPurchases()));
        }
        List<ClvValidation.Week> weeks = report.cumulative().stream().map(p -> new ClvValidation.Week(p.week(),
                LocalDate.ofEpochDay(p.epochDay()).toString(), p.actual(), p.expected(), p.holdout())).toList();
        var p = fit.parameters();
        return new ClvValidation("FITTED", fit.converged() ? null : fit.message(), unitName,
                request.calibrationEnd().toString(), request.holdoutDays(), new ClvReport.BgNbd(p.r(), p.alpha(), p.a(),
                p.b(), fit.logLikelihood(), fit.evaluations(), fit.converged()), customers, report.excludedCustomers(),
                new ClvValidation.Totals(report.actualPurchases(), report.expectedPurchases(),
                        report.meanAbsoluteError()), weeks);
    }
}

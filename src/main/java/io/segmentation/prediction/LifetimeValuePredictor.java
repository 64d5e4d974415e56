package io.segmentation.prediction;

import java.util.ArrayList;
import java.util.List;

import io.segmentation.clv.AverageOrderValue;
import io.segmentation.clv.BgNbdParameters;
import io.segmentation.clv.CustomerSummary;
import io.segmentation.clv.GammaGammaParameters;
import io.segmentation.clv.LifetimeValue;
import io.segmentation.clv.TimeUnit;
import io.segmentation.prediction.InvalidFeaturesException.FieldError;
import io.segmentation.runs.ClvReport;
import io.segmentation.runs.ClvService;
import io.segmentation.runs.ClvSettings;
import io.segmentation.runs.ClvView;
import org.springframework.stereotype.Component;

/** Scores a purchase history with the published run's BG/NBD and Gamma-Gamma parameters. */
@Component
class LifetimeValuePredictor {

    private final ClvService clv;
    private final ClvSettings settings;

    LifetimeValuePredictor(ClvService clv, ClvSettings settings) {
        this.clv = clv;
        this.settings = settings;
    }

    /**
     * @throws InvalidFeaturesException listing every bad field of the history
     * @throws ClvNotFittedException    when the published run fitted no model
     */
    LifetimeValuePrediction predict(PurchaseHistory history) {
        List<FieldError> errors = new ArrayList<>();
        double x = required(history.frequency(), "history.frequency", errors);
        double tx = required(history.recency(), "history.recency", errors);
        double T = required(history.T(), "history.T", errors);
        double m = history.monetary() == null ? 0 : required(history.monetary(), "history.monetary", errors);
        if (errors.isEmpty()) {
            if (x != Math.rint(x)) {
                errors.add(new FieldError("history.frequency", "must be a whole number of repeat purchase days, was " + x));
            }
            if (T <= 0) {
                errors.add(new FieldError("history.T", "must be > 0, was " + T));
            }
            if (tx > T) {
                errors.add(new FieldError("history.recency", "must be <= T (" + T + "), was " + tx));
            }
            if (x == 0 && tx != 0) {
                errors.add(new FieldError("history.recency", "must be 0 when frequency is 0, was " + tx));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFeaturesException(errors);
        }
        ClvView view = clv.published();
        ClvReport report = view.report();
        if (report.bgNbd() == null || view.runId() == null) {
            throw new ClvNotFittedException(report.reason() == null ? "status " + report.status() : report.reason());
        }
        TimeUnit unit = TimeUnit.parse(report.timeUnit());
        CustomerSummary summary = CustomerSummary.of((int) x, tx, T, m, unit);
        BgNbdParameters bgNbd = new BgNbdParameters(report.bgNbd().r(), report.bgNbd().alpha(), report.bgNbd().a(),
                report.bgNbd().b());
        double alive = bgNbd.probabilityAlive(summary.x(), tx, T);
        double horizon = unit.fromDays(settings.horizonDays());
        double purchases = bgNbd.expectedPurchases(horizon, summary.x(), tx, T);
        AverageOrderValue value;
        double lifetime;
        if (report.gammaGamma() != null) {
            GammaGammaParameters spend = new GammaGammaParameters(report.gammaGamma().p(), report.gammaGamma().q(),
                    report.gammaGamma().v());
            value = spend.expectedAverageOrderValue(summary.x(), m);
            lifetime = LifetimeValue.of(bgNbd, spend, summary, settings.options());
        } else { // why: the run's spend model failed; the history's own mean is the best value it has
            value = new AverageOrderValue(m, summary.x() == 0);
            lifetime = LifetimeValue.of(bgNbd, m, summary, settings.options());
        }
        return new LifetimeValuePrediction(view.runId(), report.timeUnit(), settings.horizonDays(), alive, 1 - alive,
                purchases, value.value(), value.populationMean(), lifetime);
    }

    private static double required(Double value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is missing; a history has frequency, recency, T and monetary"));
            return 0;
        }
        if (!Double.isFinite(value) || value < 0) {
            errors.add(new FieldError(field, "must be a finite number >= 0, was " + value));
            return 0;
        }
        return value;
    }
}

package io.segmentation.runs;

import io.segmentation.clv.BgNbdFit;
import io.segmentation.clv.ClvEstimation;
import io.segmentation.clv.GammaGammaFit;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The lifetime-value models a run fitted (BG/NBD: Fader, Hardie & Lee 2005; Gamma-Gamma: Fader, Hardie & Lee 2005,
 * "RFM and CLV"), or why it fitted none.
 *
 * @param status          {@code FITTED}, {@code NOT_FITTED} (too few repeat customers) or {@code FAILED}
 * @param reason          why not fitted, or a note on the fit (e.g. the spend model's failure); null when none
 * @param timeUnit        {@code days} or {@code weeks}: the unit of x, t_x, T and of alpha
 * @param horizonDays     the horizon of expected purchases and predicted CLV
 * @param discountRate    the monthly discount rate of predicted CLV
 * @param customers       customers summarised
 * @param repeatCustomers customers with at least one repeat purchase day
 * @param bgNbd           the purchase-count model, or null
 * @param gammaGamma      the spend model, or null
 * @param fitMillis       time both fits took
 */
@Schema(description = "The lifetime-value models of a run: BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend).")
public record ClvReport(@Schema(example = "FITTED") String status, @Nullable String reason,
                        @Schema(example = "days") String timeUnit, @Schema(example = "365") int horizonDays,
                        @Schema(example = "0.01") double discountRate, @Schema(example = "3546") int customers,
                        @Schema(example = "2171") int repeatCustomers, @Nullable BgNbd bgNbd,
                        @Nullable GammaGamma gammaGamma, @Schema(example = "184") long fitMillis) {

    /**
     * BG/NBD parameters: purchase rate lambda ~ Gamma(r, alpha), dropout probability p ~ Beta(a, b).
     *
     * @param iterations log-likelihood evaluations of the optimiser (BOBYQA, Commons Math)
     */
    public record BgNbd(double r, double alpha, double a, double b, double logLikelihood, int iterations,
                        boolean converged) {
    }

    /**
     * Gamma-Gamma parameters; {@code frequencyMonetaryCorrelation} is Pearson's r between x and the mean value of
     * repeat purchase days (the model assumes they are independent: near 0 is good).
     */
    public record GammaGamma(double p, double q, double v, double logLikelihood,
                             @Nullable Double frequencyMonetaryCorrelation, boolean converged) {
    }

    static ClvReport of(ClvEstimation.Estimate e, ClvSettings settings) {
        BgNbdFit fit = e.bgNbd();
        BgNbd bgNbd = fit == null || fit.failed() ? null : new BgNbd(fit.parameters().r(), fit.parameters().alpha(),
                fit.parameters().a(), fit.parameters().b(), fit.logLikelihood(), fit.evaluations(), fit.converged());
        GammaGammaFit spend = e.gammaGamma();
        GammaGamma gammaGamma = spend == null || spend.failed() ? null : new GammaGamma(spend.parameters().p(),
                spend.parameters().q(), spend.parameters().v(), spend.logLikelihood(),
                Double.isFinite(spend.frequencyMonetaryCorrelation()) ? spend.frequencyMonetaryCorrelation() : null,
                spend.converged());
        return new ClvReport(e.status().name(), e.reason(), settings.unit().name().toLowerCase(java.util.Locale.ROOT),
                settings.horizonDays(), settings.discountRate(), e.customers(), e.repeatCustomers(), bgNbd, gammaGamma,
                e.fitMillis());
    }
}

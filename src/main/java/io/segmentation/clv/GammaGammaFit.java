package io.segmentation.clv;

/**
 * The outcome of a Gamma-Gamma maximum-likelihood fit: the parameters or, when the fit failed, why.
 *
 * @param parameters                  the fitted parameters; null when the fit failed
 * @param logLikelihood               total log-likelihood of the repeat buyers used, unpenalised; NaN when failed
 * @param repeatBuyers                customers used: x > 0 and monetary > 0
 * @param evaluations                 log-likelihood evaluations over all starts
 * @param converged                   the optimiser stopped by its own criterion inside the search box
 * @param frequencyMonetaryCorrelation Pearson correlation of x and monetary over those customers (the model assumes
 *                                    independence: near 0 is good); NaN for fewer than two or no variation
 * @param message                     what happened, for people: the reason when failed or not converged
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, int repeatBuyers, int evaluations,
                            boolean converged, double frequencyMonetaryCorrelation, String message) {

    /** True when there are no parameters. */
    public boolean failed() {
        return parameters == null;
    }

    static GammaGammaFit failed(int repeatBuyers, int evaluations, double correlation, String message) {
        return new GammaGammaFit(null, Double.NaN, repeatBuyers, evaluations, false, correlation, message);
    }
}

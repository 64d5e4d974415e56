package io.segmentation.clv;

/**
 * The outcome of a BG/NBD maximum-likelihood fit: the parameters or, when the fit failed, why.
 *
 * @param parameters    the fitted parameters; null when the fit failed
 * @param logLikelihood total log-likelihood of all customers at the parameters, without any penalty; NaN when failed
 * @param customers     customers in the fit
 * @param repeatBuyers  customers with x > 0
 * @param evaluations   log-likelihood evaluations over all starts (BOBYQA has no iteration count of its own)
 * @param converged     the optimiser stopped by its own criterion inside the search box
 * @param unit          the time unit of alpha (the summaries' unit); null when there were no customers
 * @param message       what happened, for people: the reason when failed or not converged
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, int customers, int repeatBuyers,
                       int evaluations, boolean converged, TimeUnit unit, String message) {

    /** True when there are no parameters. */
    public boolean failed() {
        return parameters == null;
    }

    static BgNbdFit failed(int customers, int repeatBuyers, int evaluations, TimeUnit unit, String message) {
        return new BgNbdFit(null, Double.NaN, customers, repeatBuyers, evaluations, false, unit, message);
    }
}

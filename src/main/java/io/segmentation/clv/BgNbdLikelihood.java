package io.segmentation.clv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of many customers, evaluated on the distinct (x, tx, T) triples weighted by their counts,
 * with every term that depends on x, T or tx alone computed once per distinct value.
 */
final class BgNbdLikelihood {

    private final int[] xs;
    private final double[] ts;
    private final double[] txs;
    private final int[] groupX;
    private final int[] groupT;
    private final int[] groupTx;
    private final double[] weight;
    private final double customers;
    private final double meanT;
    private final int repeatBuyers;

    private record Triple(int x, double tx, double T) {
    }

    BgNbdLikelihood(List<CustomerSummary> summaries) {
        Map<Triple, Integer> counts = new HashMap<>();
        int repeat = 0;
        for (CustomerSummary s : summaries) {
            counts.merge(new Triple(s.x(), s.tx(), s.T()), 1, Integer::sum);
            repeat += s.x() > 0 ? 1 : 0;
        }
        // why: a fixed order of the groups makes every floating-point sum, hence the fit, independent of input order
        Triple[] groups = counts.keySet().toArray(new Triple[0]);
        Arrays.sort(groups, (p, q) -> p.x() != q.x() ? Integer.compare(p.x(), q.x())
                : p.T() != q.T() ? Double.compare(p.T(), q.T()) : Double.compare(p.tx(), q.tx()));
        xs = Arrays.stream(groups).mapToInt(Triple::x).distinct().sorted().toArray();
        ts = Arrays.stream(groups).mapToDouble(Triple::T).distinct().sorted().toArray();
        txs = Arrays.stream(groups).mapToDouble(Triple::tx).distinct().sorted().toArray();
        groupX = new int[groups.length];
        groupT = new int[groups.length];
        groupTx = new int[groups.length];
        weight = new double[groups.length];
        double sumT = 0;
        for (int g = 0; g < groups.length; g++) {
            groupX[g] = Arrays.binarySearch(xs, groups[g].x());
            groupT[g] = Arrays.binarySearch(ts, groups[g].T());
            groupTx[g] = Arrays.binarySearch(txs, groups[g].tx());
            weight[g] = counts.get(groups[g]);
            sumT += weight[g] * groups[g].T();
        }
        customers = summaries.size();
        meanT = summaries.isEmpty() ? 0 : sumT / summaries.size();
        repeatBuyers = repeat;
    }

    int customers() {
        return (int) customers;
    }

    int groups() {
        return weight.length;
    }

    int repeatBuyers() {
        return repeatBuyers;
    }

    double meanT() {
        return meanT;
    }

    /** Sum over customers of {@link BgNbdParameters#logLikelihood}, for raw parameter values (NaN outside the domain). */
    double total(double r, double alpha, double a, double b) {
        // why: B(a, b + x) / B(a, b) = Gamma(b + x) Gamma(a + b) / (Gamma(b) Gamma(a + b + x)), and the dropout term's
        // B(a + 1, b + x - 1) / B(a, b + x) = a / (b + x - 1); logGamma is much cheaper than Commons' logBeta
        double common = -Gamma.logGamma(r) + r * Math.log(alpha) - Gamma.logGamma(b) + Gamma.logGamma(a + b);
        double logA = Math.log(a);
        double[] base = new double[xs.length];
        double[] dropout = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            int x = xs[k];
            base[k] = common + Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x);
            dropout[k] = x == 0 ? 0 : logA - Math.log(b + x - 1);
        }
        double[] logAlphaT = new double[ts.length];
        for (int j = 0; j < ts.length; j++) {
            logAlphaT[j] = Math.log(alpha + ts[j]);
        }
        double[] logAlphaTx = new double[txs.length];
        for (int j = 0; j < txs.length; j++) {
            logAlphaTx[j] = Math.log(alpha + txs[j]);
        }
        double sum = 0;
        for (int g = 0; g < weight.length; g++) {
            int k = groupX[g];
            int x = xs[k];
            double stillAlive = -(r + x) * logAlphaT[groupT[g]];
            double ll;
            if (x == 0) {
                ll = base[k] + stillAlive;
            } else {
                double droppedOut = dropout[k] - (r + x) * logAlphaTx[groupTx[g]];
                ll = base[k] + BgNbdParameters.logSumExp(stillAlive, droppedOut);
            }
            sum += weight[g] * ll;
        }
        return sum;
    }
}

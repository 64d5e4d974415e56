package io.segmentation.clustering;

import io.segmentation.SharedData;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default eps of {@link Dbscan} (the knee of the sorted k-distance curve) on the real Online Retail sample: measured
 * 3.53% noise (eps 0.3535, 6 clusters over 3,546 customers), well under a fifth.
 */
class DbscanRetailSampleTests {

    @Test
    void kneeEpsLeavesAModestNoiseShareOnTheRetailSample() {
        double[][] scaled = RetailSample.scaledLog1p(RetailSample.rfm(SharedData.file("online_retail_sample_30k.csv")));

        double eps = Dbscan.kneeEps(scaled, 5, 42);
        Dbscan.Fit fit = Dbscan.fit(scaled, eps, 5);
        int[] sizes = new int[fit.clusters()];
        Arrays.stream(fit.labels()).filter(l -> l >= 0).forEach(l -> sizes[l]++);
        System.out.printf("retail sample: %d customers, eps %.4f, %d clusters, noise %.2f%%, largest %s%n",
                scaled.length, eps, fit.clusters(), 100 * fit.noiseShare(),
                Arrays.toString(Arrays.stream(sizes).boxed().sorted(java.util.Comparator.reverseOrder()).limit(8).toArray()));

        assertThat(fit.noiseShare()).isLessThan(0.20);
    }
}

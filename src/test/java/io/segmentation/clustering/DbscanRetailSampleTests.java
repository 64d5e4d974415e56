package io.segmentation.clustering;

import java.util.Arrays;

import io.segmentation.SharedData;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default eps of {@link Dbscan} (the knee of the sorted k-distance curve) on the real Online Retail sample: measured
 * 3.53% noise at minSamples 5 (eps 0.3535, 6 clusters over 3,546 customers), 1.89% at 10 (eps 0.5234, 2 clusters)
 * and 1.58% at 20 (eps 0.6581, 2 clusters): well under a fifth.
 */
class DbscanRetailSampleTests {

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 20})
    void kneeEpsLeavesAModestNoiseShareOnTheRetailSample(int minSamples) {
        double[][] scaled = RetailSample.scaledLog1p(RetailSample.rfm(SharedData.file("online_retail_sample_30k.csv")));

        double eps = Dbscan.kneeEps(scaled, minSamples, 42);
        Dbscan.Fit fit = Dbscan.fit(scaled, eps, minSamples);
        int[] sizes = new int[fit.clusters()];
        Arrays.stream(fit.labels()).filter(l -> l >= 0).forEach(l -> sizes[l]++);
        System.out.printf("retail sample: minSamples %d, %d customers, eps %.4f, %d clusters, noise %.2f%%, largest %s%n",
                minSamples, scaled.length, eps, fit.clusters(), 100 * fit.noiseShare(),
                Arrays.toString(Arrays.stream(sizes).boxed().sorted(java.util.Comparator.reverseOrder()).limit(8).toArray()));

        assertThat(fit.noiseShare()).isLessThan(0.20);
    }
}

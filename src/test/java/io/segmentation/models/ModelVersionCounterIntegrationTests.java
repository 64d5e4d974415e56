package io.segmentation.models;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.storage.StoreDurability;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model versions come from one counter in MongoDB: registrations on several threads and on two registries over the
 * same database (two instances) never share a version, and a database from before the counter keeps its numbering.
 * An activation on one instance reaches the other at its next refresh of the active pointers.
 */
@SpringBootTest(properties = "test.store=model-version-counter")
@ActiveProfiles("test")
class ModelVersionCounterIntegrationTests {

    private static final ModelTraining.Fit FIT = fit();

    @Autowired
    ModelRegistry registry;

    @Autowired
    ModelStore store;

    @Autowired
    MongoOperations mongo;

    @Autowired
    StoreDurability durability;

    @Autowired
    Clock clock;

    @Test
    void concurrentRegistrationsOnTwoInstancesNeverShareAVersion() throws Exception {
        ModelRegistry otherInstance = new ModelRegistry(new ModelStore(mongo), durability, clock);
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), ModelDocument.class);
        int threadsPerRegistry = 4;
        int registrationsPerThread = 10;
        ExecutorService threads = Executors.newFixedThreadPool(2 * threadsPerRegistry);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> versions = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 2 * threadsPerRegistry; t++) {
                ModelRegistry target = t % 2 == 0 ? registry : otherInstance;
                done.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < registrationsPerThread; i++) {
                        versions.add(target.register(model("concurrent"), false).version());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS); // why: rethrows a registration's failure (a duplicate key) here
            }
        } finally {
            threads.shutdownNow();
        }
        int expected = 2 * threadsPerRegistry * registrationsPerThread;
        assertThat(versions).hasSize(expected).doesNotHaveDuplicates();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), ModelDocument.class))
                .isEqualTo(before + expected);
        assertThat(store.all()).extracting(ClusterModel::version).containsAll(versions);
    }

    @Test
    void versionsContinueAfterTheNewestStoredModelWhenTheCounterIsMissingOrBehind() {
        mongo.dropCollection(ModelStore.COUNTERS);
        int newest = store.maxVersion();
        store.insert(model("before-the-counter").apply(newest + 40));
        assertThat(registry.register(model("after"), false).version()).isEqualTo(newest + 41);

        // an instance that still picks "newest + 1" stores a version the counter has not handed out
        store.insert(model("behind-the-counters-back").apply(newest + 42));
        assertThat(registry.register(model("after"), false).version()).isEqualTo(newest + 43);
        assertThat(store.nextVersion()).isEqualTo(newest + 44);
    }

    @Test
    void anActivationOnAnotherInstanceReachesThisOneAtTheNextRefresh() {
        registry.load();
        ModelRegistry otherInstance = new ModelRegistry(new ModelStore(mongo), durability, clock);
        otherInstance.load();
        int first = registry.register(model("shared"), true).version();
        assertThat(otherInstance.refreshActive()).containsExactly("shared");
        assertThat(otherInstance.active("shared")).map(ServingModel::version).contains(first);

        int second = otherInstance.register(model("shared"), true).version();
        assertThat(registry.active("shared")).map(ServingModel::version).contains(first);
        assertThat(registry.refreshActive()).containsExactly("shared");
        assertThat(registry.active("shared")).map(ServingModel::version).contains(second);
        assertThat(registry.refreshActive()).as("nothing moved since").isEmpty();

        otherInstance.activate(first); // a rollback on the other instance
        registry.refreshActive();
        assertThat(registry.active("shared")).map(ServingModel::version).contains(first);
    }

    private static IntFunction<ClusterModel> model(String name) {
        return version -> new ClusterModel(version, name, Instant.EPOCH, ModelService.RFM_FEATURES,
                ScalerParameters.of(FIT.scaler()), Arrays.stream(FIT.centroids()).map(ScalerParameters::boxed).toList(),
                FIT.k(), 42L, FIT.metrics(), FIT.clusters(), null, null,
                new TrainingSummary("run", null, 60, 60, Map.of(), null), "kmeans", null, null);
    }

    private static ModelTraining.Fit fit() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] rows = new double[60][];
        for (int i = 0; i < rows.length; i++) {
            int group = i % 2;
            rows[i] = new double[] {new double[] {200, 10}[group] * (0.7 + 0.6 * random.nextDouble()),
                    new double[] {1, 10}[group] + random.nextInt(2),
                    new double[] {50, 3_000}[group] * (0.7 + 0.6 * random.nextDouble())};
        }
        return ModelTraining.fit(ModelService.RFM_FEATURES, rows, new TrainingOptions(2, 2, 42, 3, 100, 0),
                Arrays.stream(rows).mapToDouble(r -> r[2]).toArray(), null, RfmSegmentTable.DEFAULT);
    }
}

package io.segmentation.models;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.segmentation.SegmentationApplication;
import io.segmentation.ingestion.UploadOptions;
import io.segmentation.ingestion.UploadService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The active model survives a restart: a second application on the same data directory serves the same version. */
class ModelRestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void theActiveModelIsLoadedAgainAfterARestartAndPredictsTheSame() throws Exception {
        int older;
        String before;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(UploadService.class).upload(new ByteArrayInputStream(PurchaseFiles.retail(120)), "restart.csv",
                    UploadOptions.defaults());
            ModelService models = first.getBean(ModelService.class);
            older = models.train(new TrainRequest(3, null, null, 11L, null, null)).model().version();
            int newer = models.train(new TrainRequest(5, null, null, 11L, null, null)).model().version();
            assertThat(newer).isGreaterThan(older);
            first.getBean(ModelRegistry.class).activate(older);
            before = predict(first);
            assertThat(before).contains("\"modelVersion\":" + older);
        }
        assertThat(Files.exists(dataDir.resolve("segmentation.mv.db"))).isTrue();
        try (ConfigurableApplicationContext second = start()) {
            ModelRegistry registry = second.getBean(ModelRegistry.class);
            assertThat(registry.loaded()).isTrue();
            assertThat(registry.active("default")).map(ServingModel::version).contains(older);
            assertThat(predict(second)).isEqualTo(before);
            String health = client(second).get().uri("/health").retrieve().body(String.class);
            assertThat(health).contains("\"model\":" + older);
        }
    }

    private ConfigurableApplicationContext start() {
        // why: command-line arguments outrank application-test.yml, whose data-dir is a fresh folder per context
        return new SpringApplicationBuilder(SegmentationApplication.class).profiles("test")
                .run("--segmentation.storage.data-dir=" + dataDir, "--server.port=0");
    }

    private static String predict(ConfigurableApplicationContext context) {
        return client(context).post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", Map.of("recencyDays", 30, "frequency", 3, "monetary", 250)))
                .retrieve().body(String.class);
    }

    private static RestClient client(ConfigurableApplicationContext context) {
        return RestClient.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }
}

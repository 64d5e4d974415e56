package io.segmentation.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client settings carry the time limits of {@code segmentation.storage.*}. */
class MongoConfigurationTests {

    @Test
    void everyMongoDbOperationHasATimeLimit() {
        var storage = new StorageProperties(Path.of("data"), Duration.ofSeconds(3), Duration.ofSeconds(2),
                Duration.ofSeconds(45), Duration.ofSeconds(5));
        MongoClientSettings.Builder builder = MongoClientSettings.builder();

        new MongoConfiguration().durableWrites(storage).customize(builder);
        MongoClientSettings settings = builder.build();

        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(45_000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2_000);
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(3_000);
        assertThat(settings.getWriteConcern().getWString()).isEqualTo("majority");
    }
}

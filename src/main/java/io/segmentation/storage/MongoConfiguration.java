package io.segmentation.storage;

import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Client settings for every MongoDB the service talks to: majority, journaled writes and bounded timeouts (server
 * selection, connect, and read: the time limit of every query, aggregation and write).
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer durableWrites(StorageProperties storage) {
        // why: the driver's read timeout is infinite by default; a hung query or aggregation would hold its request
        // thread forever. With it, no single answer of MongoDB is awaited longer than segmentation.storage.read-timeout.
        return settings -> settings
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        storage.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(storage.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(storage.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    StoreDurability storeDurability(ObjectProvider<H2Backend> embeddedBackend) {
        H2Backend backend = embeddedBackend.getIfAvailable();
        // why: a real MongoDB already waits for the journal (w: majority, j: true); only the embedded file needs a commit
        return backend == null ? () -> { } : backend::commit;
    }
}

package io.segmentation.storage;

import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Client settings for every MongoDB the service talks to: majority, journaled writes and bounded timeouts. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer durableWrites() {
        return settings -> settings
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS));
    }

    @Bean
    StoreDurability storeDurability(ObjectProvider<H2Backend> embeddedBackend) {
        H2Backend backend = embeddedBackend.getIfAvailable();
        // why: a real MongoDB already waits for the journal (w: majority, j: true); only the embedded file needs a commit
        return backend == null ? () -> { } : backend::commit;
    }
}

package io.segmentation.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-JVM mongo-java-server on an H2 file under {@code segmentation.storage.data-dir} when no
 * {@code spring.mongodb.uri} (and no other connection, such as a Testcontainers one) is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
@ConditionalOnMissingBean(MongoConnectionDetails.class)
class EmbeddedMongoConfiguration {

    static final String DATABASE = "segmentation";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "close")
    H2Backend embeddedMongoBackend(StorageProperties storage) {
        Path dir = storage.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create segmentation.storage.data-dir " + dir, e);
        }
        Path file = dir.resolve("segmentation.mv.db");
        LOG.info("Embedded MongoDB store: {}", file);
        return new H2Backend(file.toString());
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
        var address = server.getLocalAddress();
        var uri = new ConnectionString("mongodb://127.0.0.1:" + address.getPort() + "/" + DATABASE);
        return () -> uri;
    }
}

package io.segmentation.health;

import io.segmentation.storage.MongoStartup;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by the {@code ping} command (Boot's own check sends {@code hello}, which the embedded
 * mongo-java-server does not answer); part of the readiness group as {@code mongoPing}. DOWN as well while the
 * start-up work (indexes, recovery) waits for MongoDB.
 */
@Component("mongoPing")
class MongoPing extends AbstractHealthIndicator {

    private final MongoOperations mongo;
    private final MongoStartup startup;

    MongoPing(MongoOperations mongo, MongoStartup startup) {
        super("MongoDB ping failed");
        this.mongo = mongo;
        this.startup = startup;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!startup.isDone()) {
            builder.down().withDetail("startup", "waiting for MongoDB");
            return;
        }
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getCollectionNames().isEmpty() ? "empty" : "ready")
                .withDetail("ok", answer.get("ok"));
    }
}

package io.segmentation.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by the {@code ping} command (Boot's own check sends {@code hello}, which the embedded
 * mongo-java-server does not answer); part of the readiness group as {@code mongoPing}.
 */
@Component("mongoPing")
class MongoPing extends AbstractHealthIndicator {

    private final MongoOperations mongo;

    MongoPing(MongoOperations mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getCollectionNames().isEmpty() ? "empty" : "ready")
                .withDetail("ok", answer.get("ok"));
    }
}

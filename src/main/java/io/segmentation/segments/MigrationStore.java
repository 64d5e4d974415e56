package io.segmentation.segments;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/** Migration matrices in the {@code migrations} collection, one per completed run that had a predecessor. */
@Repository
class MigrationStore {

    private final MongoOperations mongo;

    MigrationStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void save(MigrationMatrix matrix) {
        mongo.save(matrix);
    }

    /** The matrix counted when the given run completed. */
    Optional<MigrationMatrix> ofRun(String toRunId) {
        return Optional.ofNullable(mongo.findById(toRunId, MigrationMatrix.class));
    }
}

package io.segmentation.models;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Models in {@code models} and the active version per name in {@code activeModels}. */
@Repository
class ModelStore {

    private final MongoOperations mongo;

    ModelStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    ClusterModel insert(ClusterModel model) {
        return mongo.insert(ModelDocument.of(model)).model();
    }

    Optional<ClusterModel> find(int version) {
        return Optional.ofNullable(mongo.findById(version, ModelDocument.class)).map(ModelDocument::model);
    }

    /** Every model, newest first. */
    List<ClusterModel> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), ModelDocument.class).stream()
                .map(ModelDocument::model).toList();
    }

    int maxVersion() {
        ModelDocument newest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                ModelDocument.class);
        return newest == null ? 0 : newest.version();
    }

    void activate(ActiveModelPointer pointer) {
        mongo.save(pointer);
    }

    List<ActiveModelPointer> pointers() {
        return mongo.findAll(ActiveModelPointer.class);
    }
}

package io.segmentation.models;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Models in {@code models}, the active version per name in {@code activeModels} and the last version handed out in
 * {@code modelCounters} ({@code {_id: "version", value: 7}}).
 */
@Repository
class ModelStore {

    static final String COUNTERS = "modelCounters";

    private static final Query VERSION_COUNTER = Query.query(Criteria.where("_id").is("version"));

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

    /**
     * The next model version, unique across every instance on this database: 1 more than any version handed out or
     * stored before. Throws a {@code DataAccessException} when MongoDB cannot be reached.
     */
    int nextVersion() {
        // why: $max with the newest stored model first, so a database from before the counter (or a model stored by
        // an instance that still picks "newest + 1") continues its numbering instead of reusing a version
        Update seed = new Update().max("value", maxVersion());
        try {
            mongo.upsert(VERSION_COUNTER, seed, COUNTERS);
        } catch (DuplicateKeyException e) {
            mongo.upsert(VERSION_COUNTER, seed, COUNTERS); // why: another instance created the counter meanwhile
        }
        Document counter = mongo.findAndModify(VERSION_COUNTER, new Update().inc("value", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COUNTERS);
        if (counter == null) {
            throw new IllegalStateException("The model version counter in " + COUNTERS + " is missing");
        }
        return ((Number) counter.get("value")).intValue();
    }

    void activate(ActiveModelPointer pointer) {
        mongo.save(pointer);
    }

    List<ActiveModelPointer> pointers() {
        return mongo.findAll(ActiveModelPointer.class);
    }
}

package io.segmentation.ingestion;

import java.util.List;
import java.util.Optional;

import io.segmentation.purchases.CommittedBatches;
import io.segmentation.storage.MongoStartupTask;
import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Upload records; also tells runs which uploads are committed. */
@Repository
class UploadStore implements CommittedBatches, MongoStartupTask {

    private final MongoOperations mongo;

    UploadStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Creates the unique index on sha256 that makes an identical re-upload a no-op; run by MongoStartup. */
    @Override
    public void onMongoReachable() {
        mongo.indexOps(UploadDocument.class).createIndex(
                new org.springframework.data.mongodb.core.index.Index("sha256", Sort.Direction.ASC).unique());
    }

    /** Inserts a new upload; throws {@link org.springframework.dao.DuplicateKeyException} when the bytes are known. */
    UploadDocument insert(UploadDocument upload) {
        return mongo.insert(upload);
    }

    UploadDocument save(UploadDocument upload) {
        return mongo.save(upload);
    }

    Optional<UploadDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, UploadDocument.class));
    }

    Optional<UploadDocument> findBySha256(String sha256) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("sha256").is(sha256)), UploadDocument.class));
    }

    void delete(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), UploadDocument.class);
    }

    /** The demo data set's uploads (normally one). */
    List<UploadDocument> demo() {
        return mongo.find(Query.query(Criteria.where("demo").is(true)), UploadDocument.class);
    }

    List<UploadDocument> withStatus(UploadDocument.Status status) {
        return mongo.find(Query.query(Criteria.where("status").is(status)), UploadDocument.class);
    }

    /** The fields {@code /uploads} sorts on. */
    static final List<String> SORT_FIELDS = List.of("receivedAt", "orders", "customers");

    static final ListSort NEWEST_FIRST = new ListSort("receivedAt", true);

    /** A page of completed uploads in the order asked, ties newest first. */
    ListPage<UploadDocument> page(PageRequest request) {
        Criteria completed = Criteria.where("status").is(UploadDocument.Status.COMPLETED);
        String field = "receivedAt".equals(request.sort().field()) ? "receivedAt" : "report." + request.sort().field();
        Sort order = Sort.by(request.sort().descending() ? Sort.Direction.DESC : Sort.Direction.ASC, field);
        if (!"receivedAt".equals(field)) {
            order = order.and(Sort.by(Sort.Direction.DESC, "receivedAt"));
        }
        Query query = Query.query(completed).with(order).skip(request.offset()).limit(request.size());
        return ListPage.of(request, mongo.count(Query.query(completed), UploadDocument.class),
                mongo.find(query, UploadDocument.class));
    }

    @Override
    public java.util.Set<String> currencies() {
        Query query = Query.query(Criteria.where("status").is(UploadDocument.Status.COMPLETED));
        query.fields().include("report.currency");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (org.bson.Document d : mongo.find(query, org.bson.Document.class, "uploads")) {
            org.bson.Document report = d.get("report", org.bson.Document.class);
            if (report != null && report.getString("currency") != null) {
                codes.add(report.getString("currency"));
            }
        }
        return codes;
    }

    @Override
    public List<String> ids() {
        Query query = Query.query(Criteria.where("status").is(UploadDocument.Status.COMPLETED))
                .with(Sort.by("receivedAt", "_id"));
        query.fields().include("_id").include("batchId");
        return mongo.find(query, org.bson.Document.class, "uploads").stream()
                .map(d -> d.get("batchId") != null ? d.get("batchId").toString() : d.get("_id").toString()).toList();
    }
}

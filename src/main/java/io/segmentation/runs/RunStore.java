package io.segmentation.runs;

import java.util.List;
import java.util.Optional;

import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Run records in the {@code runs} collection. */
@Repository
class RunStore {

    private final MongoOperations mongo;

    RunStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    Run save(Run run) {
        return mongo.save(RunDocument.of(run)).run();
    }

    Optional<Run> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RunDocument.class)).map(RunDocument::run);
    }

    /** The fields {@code /runs} sorts on. */
    static final List<String> SORT_FIELDS = List.of("startedAt", "finishedAt", "status", "orders", "customers");

    static final ListSort NEWEST_FIRST = new ListSort("startedAt", true);

    /** A page of runs in the order asked, ties newest first. */
    ListPage<Run> page(PageRequest request) {
        Sort order = Sort.by(request.sort().descending() ? Sort.Direction.DESC : Sort.Direction.ASC, request.sort().field());
        if (!"startedAt".equals(request.sort().field())) {
            order = order.and(Sort.by(Sort.Direction.DESC, "startedAt"));
        }
        Query query = new Query().with(order).skip(request.offset()).limit(request.size());
        return ListPage.of(request, mongo.count(new Query(), RunDocument.class), runs(query));
    }

    /** The newest run with the given status. */
    Optional<Run> latest(RunStatus status) {
        Query query = Query.query(Criteria.where("status").is(status))
                .with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, RunDocument.class)).map(RunDocument::run);
    }

    List<Run> withStatus(RunStatus status) {
        return runs(Query.query(Criteria.where("status").is(status)));
    }

    private List<Run> runs(Query query) {
        return mongo.find(query, RunDocument.class).stream().map(RunDocument::run).toList();
    }
}

package io.segmentation.dashboard;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Removes one customer from the stored dashboard aggregates (the top customers and the scatter sample) of every run. */
@Component
public class DashboardErasure {

    private final MongoOperations mongo;

    DashboardErasure(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Pulls the customer from every run's top list and scatter sample; the figures stay as they were computed until
     * the run that follows an erasure replaces them.
     *
     * @return aggregate documents that named the customer
     */
    public long eraseCustomer(String customerId) {
        Query naming = Query.query(new Criteria().orOperator(Criteria.where("topCustomers.customerId").is(customerId),
                Criteria.where("scatter.points.customerId").is(customerId)));
        Update pull = new Update().pull("topCustomers", new Document("customerId", customerId))
                .pull("scatter.points", new Document("customerId", customerId));
        return mongo.updateMulti(naming, pull, RunAggregates.class).getModifiedCount();
    }
}

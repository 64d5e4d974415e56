package io.segmentation.storage;

/**
 * Start-up work that needs MongoDB (index creation, recovery of interrupted uploads and runs). Such work does not run
 * in constructors: {@link MongoStartup} runs every task at start and, while MongoDB is unreachable, again every
 * {@code segmentation.storage.startup-retry} until each has succeeded once. Tasks run in {@code @Order} order and must
 * be safe to repeat.
 */
public interface MongoStartupTask {

    /** Does the work; throws a runtime exception (for example a {@code DataAccessException}) when it cannot. */
    void onMongoReachable();
}

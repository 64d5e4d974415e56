package io.segmentation.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MongoStartupTask}s once MongoDB is reachable: at start (before the service reports ready) and,
 * when MongoDB is down then, again every {@code segmentation.storage.startup-retry} in the background until every
 * task has succeeded. The service starts either way; until then {@link #isDone()} is false, readiness and
 * {@code /health} say DOWN and uploads are refused with a 503.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MongoStartup implements ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(MongoStartup.class);

    private final ObjectProvider<MongoStartupTask> tasks;
    private final StorageProperties storage;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mongo-startup-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final List<MongoStartupTask> done = new ArrayList<>();
    private volatile boolean complete;
    private int attempts;

    MongoStartup(ObjectProvider<MongoStartupTask> tasks, StorageProperties storage) {
        this.tasks = tasks;
        this.storage = storage;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runPending()) {
            long pause = Math.max(100, storage.startupRetry().toMillis());
            retries.scheduleWithFixedDelay(this::retry, pause, pause, TimeUnit.MILLISECONDS);
        }
    }

    private void retry() {
        if (runPending()) {
            retries.shutdown();
        }
    }

    /**
     * Runs the tasks that have not succeeded yet, in order, stopping at the first failure.
     *
     * @return true when every task has succeeded (now or before)
     */
    public synchronized boolean runPending() {
        if (complete) {
            return true;
        }
        attempts++;
        for (MongoStartupTask task : tasks.orderedStream().toList()) {
            if (done.contains(task)) {
                continue;
            }
            try {
                task.onMongoReachable();
                done.add(task);
            } catch (RuntimeException e) {
                if (attempts == 1) {
                    LOG.warn("MongoDB start-up work is waiting for MongoDB ({}); the service answers 503 to writes and"
                            + " retries every {}", e.toString(), storage.startupRetry());
                } else {
                    LOG.debug("MongoDB start-up work still waiting: {}", e.toString());
                }
                return false;
            }
        }
        if (attempts > 1) {
            LOG.info("MongoDB is reachable again; start-up work done after {} attempts", attempts);
        }
        complete = true;
        return true;
    }

    /**
     * Runs the pending start-up work; throws a {@link DataAccessResourceFailureException} (answered as a 503 problem)
     * while some of it still waits for MongoDB. Writes call it first: before the unique indexes, the recovery of
     * cut-short uploads and the move of legacy orders, they could store twice or read incomplete data.
     */
    public void requireDone() {
        if (!runPending()) {
            throw new DataAccessResourceFailureException("MongoDB start-up work (indexes, recovery) has not run yet");
        }
    }

    /** True once every start-up task has succeeded. */
    public boolean isDone() {
        return complete;
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}

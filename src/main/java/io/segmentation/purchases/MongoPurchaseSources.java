package io.segmentation.purchases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * The configured MongoDB purchase sources ({@code segmentation.sources[i].*}): their signatures for the freshness
 * check and their orders for a run. A source without {@code uri} lives in the service's own MongoDB.
 */
@Component
public class MongoPurchaseSources implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(MongoPurchaseSources.class);

    private final List<MongoPurchaseSource> sources = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();
    private final List<MongoPurchaseSource> watched = new ArrayList<>();
    private final List<Thread> watchers = new ArrayList<>();
    private volatile boolean closed;

    MongoPurchaseSources(MongoSourceSettings settings, MongoDatabaseFactory own, Clock clock) {
        for (MongoSourceSettings.Source s : settings.sources()) {
            if (s.collection() == null || s.collection().isBlank()) {
                throw new IllegalArgumentException("segmentation.sources[" + sources.size() + "].collection is required");
            }
            MongoDatabase database;
            if (s.uri() == null || s.uri().isBlank()) {
                database = blank(s.database()) ? own.getMongoDatabase() : own.getMongoDatabase(s.database());
            } else {
                ConnectionString uri = new ConnectionString(s.uri());
                MongoClient client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(uri).build());
                clients.add(client);
                String name = !blank(s.database()) ? s.database() : uri.getDatabase();
                if (name == null) {
                    throw new IllegalArgumentException("segmentation.sources[" + sources.size()
                            + "]: name the database in .database or in the uri");
                }
                database = client.getDatabase(name);
            }
            sources.add(new MongoPurchaseSource(s.label(database.getName()), database.getCollection(s.collection()),
                    s.fields(), s.read(), clock.getZone()));
            if (s.watch()) {
                watched.add(sources.get(sources.size() - 1));
            }
            LOG.info("Purchase source {} ({} read)", sources.get(sources.size() - 1).name(),
                    s.read().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** True when no source is configured. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /**
     * One line per source identifying its content (count, greatest {@code _id}, greatest date); an unreachable
     * source gives a value that never repeats, so the run is not skipped and records the error when it loads.
     */
    public String signature() {
        StringBuilder text = new StringBuilder();
        for (MongoPurchaseSource source : sources) {
            try {
                text.append(source.signature());
            } catch (MongoException e) {
                text.append(source.name()).append(":unavailable:").append(System.nanoTime());
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Reads every source in turn into the consumer; one report per source, in configuration order.
     *
     * @throws SourceUnavailableException when a source cannot be reached or read
     */
    public List<PurchaseInput> read(Consumer<Order> consumer) {
        List<PurchaseInput> inputs = new ArrayList<>(sources.size());
        for (MongoPurchaseSource source : sources) {
            try {
                inputs.add(source.read(consumer));
            } catch (MongoException e) {
                throw new SourceUnavailableException(source.name(), e);
            }
        }
        return inputs;
    }

    /**
     * Watches every source configured with {@code watch: true} through a MongoDB change stream, each on its own daemon
     * thread, calling {@code onChange} with the source's name after each insert, update, replace or delete. A server
     * without change streams (a standalone MongoDB, the embedded store) ends that source's watch with a warning; the
     * scheduled freshness check still sees its changes.
     */
    public void watch(Consumer<String> onChange) {
        for (MongoPurchaseSource source : watched) {
            Thread thread = new Thread(() -> {
                try (var cursor = source.collection().watch().cursor()) {
                    LOG.info("Watching purchase source {} for changes", source.name());
                    while (!closed && cursor.hasNext()) {
                        cursor.next();
                        onChange.accept(source.name());
                    }
                } catch (MongoException | IllegalStateException e) {
                    if (!closed) {
                        LOG.warn("Purchase source {} cannot be watched ({}); runs still see its changes on schedule",
                                source.name(), e.getMessage());
                    }
                }
            }, "watch-" + source.name());
            thread.setDaemon(true);
            watchers.add(thread);
            thread.start();
        }
    }

    @Override
    public void destroy() {
        closed = true;
        clients.forEach(MongoClient::close);
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank();
    }
}

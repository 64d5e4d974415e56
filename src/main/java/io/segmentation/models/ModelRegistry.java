package io.segmentation.models;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import io.segmentation.storage.StoreDurability;
import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The versioned models and, in memory, the active model of each name: predictions read the in-memory model and never
 * MongoDB. Registering and activating are serialised; reading is lock-free. {@link ActiveModelRefresh} follows
 * activations made by other instances on the same database.
 */
@Service
public class ModelRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

    private final ModelStore store;
    private final StoreDurability durability;
    private final Clock clock;
    private final Map<String, ServingModel> active = new ConcurrentHashMap<>();
    private final Map<Integer, ServingModel> byVersion = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    ModelRegistry(ModelStore store, StoreDurability durability, Clock clock) {
        this.store = store;
        this.durability = durability;
        this.clock = clock;
    }

    /** Loads the active model of every name into memory (at start-up; again when the health check finds it not done). */
    public synchronized void load() {
        if (loaded) {
            return;
        }
        for (ActiveModelPointer pointer : store.pointers()) {
            store.find(pointer.version()).ifPresentOrElse(m -> active.put(m.name(), new ServingModel(m)),
                    () -> LOG.warn("Active model {} of '{}' is missing; nothing active for that name",
                            pointer.version(), pointer.name()));
        }
        loaded = true;
        LOG.info("Active models loaded: {}", active.isEmpty() ? "none" : versions());
    }

    /**
     * Follows the active pointers in MongoDB: a name whose pointer names another version than the one in memory (an
     * activation or a retraining by another instance on the same database) switches to it. Does nothing before the
     * start-up load; a pointer to a missing model is logged and leaves the name as it is.
     *
     * @return the names switched
     */
    public synchronized List<String> refreshActive() {
        if (!loaded) {
            return List.of();
        }
        List<String> switched = new java.util.ArrayList<>();
        for (ActiveModelPointer pointer : store.pointers()) {
            ServingModel current = active.get(pointer.name());
            if (current != null && current.version() == pointer.version()) {
                continue;
            }
            Optional<ServingModel> model = version(pointer.version());
            if (model.isEmpty()) {
                LOG.warn("Active model {} of '{}' is missing; keeping the one in memory", pointer.version(),
                        pointer.name());
                continue;
            }
            active.put(pointer.name(), model.get());
            switched.add(pointer.name());
            LOG.info("Model {} is now the active '{}' model (activated on another instance)", pointer.version(),
                    pointer.name());
        }
        return switched;
    }

    /** Whether the start-up load has completed. */
    public boolean loaded() {
        return loaded;
    }

    /** The active model of a name, from memory. */
    public Optional<ServingModel> active(String name) {
        return Optional.ofNullable(active.get(name));
    }

    /** Any stored version, kept in memory once read (models are immutable). */
    public Optional<ServingModel> version(int version) {
        ServingModel cached = byVersion.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ServingModel> model = store.find(version).map(ServingModel::new);
        model.ifPresent(m -> byVersion.put(version, m));
        return model;
    }

    /** Active version per model name. */
    public Map<String, Integer> versions() {
        Map<String, Integer> versions = new java.util.TreeMap<>();
        active.forEach((name, model) -> versions.put(name, model.version()));
        return versions;
    }

    /**
     * Stores a new model under the next version (from a counter in MongoDB, so instances on one database never share
     * a version) and, when asked, activates it.
     *
     * @param build the model for a given version
     */
    public synchronized ClusterModel register(IntFunction<ClusterModel> build, boolean activate) {
        ClusterModel model = insertNext(build);
        ServingModel serving = new ServingModel(model);
        if (activate) {
            store.activate(new ActiveModelPointer(model.name(), model.version(), clock.instant()));
            active.put(model.name(), serving);
        }
        durability.commit();
        LOG.info("Model {} '{}' registered (k = {}, {}){}", model.version(), model.name(), model.k(),
                model.training().source(), activate ? " and activated" : "");
        return model;
    }

    private ClusterModel insertNext(IntFunction<ClusterModel> build) {
        for (int attempt = 1; ; attempt++) {
            ClusterModel model = build.apply(store.nextVersion());
            try {
                store.insert(model);
                return model;
            } catch (DuplicateKeyException e) {
                // why: the version was stored without the counter (an older instance, a restored backup); the next
                // call of the counter moves past it
                if (attempt == 3) {
                    throw e;
                }
                LOG.warn("Model version {} is taken already; taking the next one", model.version());
            }
        }
    }

    /** Makes a stored version the active model of its name (a rollback when older). */
    public synchronized ModelView activate(int version) {
        ClusterModel model = store.find(version).orElseThrow(() -> new UnknownModelException(version));
        ServingModel serving = new ServingModel(model);
        store.activate(new ActiveModelPointer(model.name(), version, clock.instant()));
        durability.commit();
        active.put(model.name(), serving);
        LOG.info("Model {} is now the active '{}' model", version, model.name());
        return new ModelView(true, model);
    }

    /** A stored model. */
    public ModelView get(int version) {
        ClusterModel model = store.find(version).orElseThrow(() -> new UnknownModelException(version));
        return new ModelView(isActive(model), model);
    }

    /** Every stored model, newest first. */
    public List<ModelSummary> list() {
        return store.all().stream().map(m -> ModelSummary.of(m, isActive(m))).toList();
    }

    /** The fields {@code /models} sorts on. */
    static final List<String> SORT_FIELDS = List.of("version", "name", "createdAt");

    static final ListSort NEWEST_FIRST = new ListSort("version", true);

    /** A page of the stored models in the order asked, ties newest first. */
    public ListPage<ModelSummary> page(PageRequest request) {
        Comparator<ModelSummary> order = switch (request.sort().field()) {
            case "name" -> Comparator.comparing(ModelSummary::name);
            case "createdAt" -> Comparator.comparing(ModelSummary::createdAt);
            default -> Comparator.comparingInt(ModelSummary::version);
        };
        order = request.sort().descending() ? order.reversed() : order;
        List<ModelSummary> all = list().stream().sorted(order.thenComparing(Comparator.comparingInt(ModelSummary::version).reversed())).toList();
        return ListPage.slice(request, all);
    }

    private boolean isActive(ClusterModel model) {
        ServingModel current = active.get(model.name());
        return current != null && current.version() == model.version();
    }
}

package io.segmentation.segments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sorted customer document ids of stored runs (of a whole run, or of one of its segments), kept for the lists read
 * last: a stored run never changes, so a page of it is then one lookup by id. At most {@value #MAX_LISTS} lists and
 * {@value #MAX_IDS} ids are kept (about 80 MB when no two lists share their id strings; the lists a run's preparation
 * builds share them, about 20 MB for 100,000 customers: the whole run, three orders and every segment of the RFM,
 * cluster and rule schemes, 900,000 ids); a longer list is not kept at all. Thread-safe.
 */
@Component
final class CustomerIdCache {

    private static final int MAX_LISTS = 256;
    private static final long MAX_IDS = 1_000_000;

    /** By run and segment, least recently read first; guarded by itself. */
    private final LinkedHashMap<String, List<String>> lists = new LinkedHashMap<>(16, 0.75f, true);
    private long ids;

    /** The run's (or segment's) sorted ids, from {@code load} when they are not kept. */
    List<String> get(String runId, @Nullable String segmentId, Supplier<List<String>> load) {
        String key = runId + '\u0000' + (segmentId == null ? "" : segmentId);
        synchronized (lists) {
            List<String> kept = lists.get(key);
            if (kept != null) {
                return kept;
            }
        }
        List<String> loaded = load.get();
        if (loaded.size() <= MAX_IDS) {
            synchronized (lists) {
                List<String> replaced = lists.put(key, loaded);
                ids += loaded.size() - (replaced == null ? 0 : replaced.size());
                var eldest = lists.entrySet().iterator();
                while (ids > MAX_IDS || lists.size() > MAX_LISTS) {
                    ids -= eldest.next().getValue().size();
                    eldest.remove();
                }
            }
        }
        return loaded;
    }

    /** Drops the lists of the runs whose id matches (runs deleted or rewritten). */
    void forget(Predicate<String> runIds) {
        synchronized (lists) {
            var entries = lists.entrySet().iterator();
            while (entries.hasNext()) {
                var entry = entries.next();
                if (runIds.test(entry.getKey().substring(0, entry.getKey().indexOf('\u0000')))) {
                    ids -= entry.getValue().size();
                    entries.remove();
                }
            }
        }
    }
}

package io.segmentation.prediction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.segmentation.models.ClusterProfile;
import io.segmentation.segments.SegmentActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The recommended actions per segment id, kept as data in a YAML file ({@code segmentation.recommendations.catalogue}):
 * {@code segments: {<segment id>: [{action, channel, priority, rationale}, ...]}}. A cluster of the published run
 * takes the actions of its RFM archetype. Read once at start-up; a malformed catalogue stops the start with a message naming the entry.
 */
@Component
class RecommendationCatalogue implements SegmentActions {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationCatalogue.class);
    private static final Set<String> PRIORITIES = Set.of("high", "medium", "low");

    private final Map<String, List<Recommendation>> bySegment;
    private final PublishedClusters clusters;

    RecommendationCatalogue(RecommendationSettings settings, ResourceLoader resources, PublishedClusters clusters) {
        this.clusters = clusters;
        Resource resource = resources.getResource(settings.catalogue());
        try (InputStream in = resource.getInputStream()) {
            this.bySegment = parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), settings.catalogue());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recommendations catalogue " + settings.catalogue(), e);
        }
        LOG.info("Recommendations catalogue {}: {} segments", settings.catalogue(), bySegment.size());
    }

    /** The catalogue's recommendations for a segment id; a cluster id maps to its archetype's; empty when none. */
    List<Recommendation> forSegment(String segmentId) {
        String id = segmentId.startsWith("cluster-") ? archetype(segmentId) : segmentId;
        return id == null ? List.of() : bySegment.getOrDefault(id, List.of());
    }

    @Override
    public List<String> actionsFor(String segmentId) {
        return forSegment(segmentId).stream().map(Recommendation::action).toList();
    }

    private @org.jspecify.annotations.Nullable String archetype(String clusterId) {
        return clusters.cluster(clusterId).map(ClusterProfile::archetype).orElse(null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<Recommendation>> parse(Object yaml, String location) {
        if (!(yaml instanceof Map<?, ?> root) || !(root.get("segments") instanceof Map<?, ?> segments)) {
            throw new IllegalStateException("The recommendations catalogue " + location + " needs a top-level 'segments' map");
        }
        Map<String, List<Recommendation>> bySegment = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : segments.entrySet()) {
            String segment = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof List<?> entries)) {
                throw new IllegalStateException("Catalogue " + location + ": segment '" + segment + "' needs a list");
            }
            List<Recommendation> list = new ArrayList<>();
            for (Object entry : entries) {
                Map<String, Object> m = entry instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                String action = text(m, "action");
                String priority = text(m, "priority").toLowerCase(java.util.Locale.ROOT);
                if (action.isEmpty() || !PRIORITIES.contains(priority)) {
                    throw new IllegalStateException("Catalogue " + location + ": every entry of '" + segment
                            + "' needs an action and a priority high, medium or low; found " + entry);
                }
                list.add(new Recommendation(action, text(m, "channel"), priority, text(m, "rationale"), segment));
            }
            bySegment.put(segment, List.copyOf(list));
        }
        return bySegment;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString().trim();
    }
}

package io.segmentation.segments;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a segment is before anyone is counted in it: id, scheme, name, description, rule and actions. */
public record SegmentDefinition(String id, String scheme, String name, String description, @Nullable String rule,
                                List<String> recommendedActions) {
}

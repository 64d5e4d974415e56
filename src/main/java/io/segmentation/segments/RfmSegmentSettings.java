package io.segmentation.segments;

import java.util.List;

import io.segmentation.rfm.IntRange;
import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The RFM segment table, {@code segmentation.rfm.segments[i].id|name|r|f|m|description}, first match wins; empty
 * (the default) is DESIGN.md's table of 11 segments. Score ranges are {@code 4-5}, {@code 3} or {@code any}.
 */
@ConfigurationProperties("segmentation.rfm")
public record RfmSegmentSettings(@DefaultValue List<Segment> segments) {

    /**
     * One segment: a URL-safe id (lower-case words joined by hyphens), a display name and the score ranges.
     *
     * @param r recency score range, e.g. {@code 4-5}
     */
    public record Segment(String id, String name, String r, String f, String m, @DefaultValue("") String description) {
    }

    /**
     * The configured table.
     *
     * @throws IllegalArgumentException naming the setting that is wrong, or a score combination no segment reaches
     */
    public RfmSegmentTable table() {
        if (segments.isEmpty()) {
            return RfmSegmentTable.DEFAULT;
        }
        List<RfmSegmentRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String at = "segmentation.rfm.segments[" + i + "]";
            if (s.id() == null || !s.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException(at + ".id '" + s.id() + "' must be lower-case words joined by"
                        + " hyphens, e.g. at-risk");
            }
            if (s.name() == null || s.name().isBlank()) {
                throw new IllegalArgumentException(at + ".name is missing");
            }
            rules.add(new RfmSegmentRule(s.id(), s.name().trim(), s.description() == null ? "" : s.description(),
                    range(at + ".r", s.r()), range(at + ".f", s.f()), range(at + ".m", s.m())));
        }
        try {
            return new RfmSegmentTable(rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("segmentation.rfm.segments: " + e.getMessage(), e);
        }
    }

    private static IntRange range(String setting, String text) {
        if (text == null) {
            throw new IllegalArgumentException(setting + " is missing; give a score range such as 4-5, 3 or any");
        }
        try {
            return IntRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " '" + text + "': " + e.getMessage(), e);
        }
    }
}

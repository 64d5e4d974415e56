package io.segmentation.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.segmentation.segments.SegmentService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the self-contained HTML report: the page template, Apache ECharts and the published run's figures (header,
 * segments, RFM grid, trends, top customers) inlined, so it opens offline and without access to the service.
 */
@Component
class ReportRenderer {

    private static final String TEMPLATE = "dashboard/report.html";
    private static final String ECHARTS = "classpath*:META-INF/resources/webjars/echarts/*/echarts.min.js";

    private final SummaryAssembler summaries;
    private final AggregateService aggregates;
    private final SegmentService segments;
    private final JsonMapper json;
    private final String template;
    private final String echarts;

    ReportRenderer(SummaryAssembler summaries, AggregateService aggregates, SegmentService segments, JsonMapper json) {
        this.summaries = summaries;
        this.aggregates = aggregates;
        this.segments = segments;
        this.json = json;
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            this.template = read(resolver.getResource("classpath:" + TEMPLATE));
            Resource[] found = resolver.getResources(ECHARTS);
            if (found.length == 0) {
                throw new IllegalStateException("the ECharts WebJar is missing from the classpath (" + ECHARTS + ")");
            }
            this.echarts = read(found[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of the published run; throws {@link NoPublishedRunException} before the first run. */
    String render() {
        DashboardSummary summary = summaries.summary();
        RunAggregates a = aggregates.current();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", summary);
        data.put("segments", segments.segments(null));
        data.put("grid", a.grid());
        data.put("months", a.months());
        data.put("segmentHistory", a.segmentHistory());
        data.put("topCustomers", a.topCustomers());
        // why: "</" inside an inline script would end it; "<\/" means the same in JSON and JavaScript
        String inlineData = json.writeValueAsString(data).replace("</", "<\\/");
        return template.replace("/*@ECHARTS@*/", echarts.replace("</", "<\\/"))
                .replace("\"@DATA@\"", inlineData)
                .replace("@TITLE@", "Segmentation report, run " + escape(summary.runId()) + " (" + summary.asOf() + ")");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package io.segmentation.dashboard;

import java.time.Duration;

import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.runs.Run;
import io.segmentation.runs.RunService;
import io.segmentation.segments.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the dashboard header from the stored totals, the published run's record and the in-memory model registry. */
@Component
class SummaryAssembler {

    private final AggregateService aggregates;
    private final RunService runs;
    private final ModelRegistry models;
    private final ModelService modelService;
    private final DashboardSettings settings;

    SummaryAssembler(AggregateService aggregates, RunService runs, ModelRegistry models, ModelService modelService,
                     DashboardSettings settings) {
        this.aggregates = aggregates;
        this.runs = runs;
        this.models = models;
        this.modelService = modelService;
        this.settings = settings;
    }

    DashboardSummary summary() {
        Publication published = aggregates.publication();
        RunAggregates a = aggregates.current();
        RunAggregates.Totals t = a.totals();
        DashboardSummary.ActiveModel model = models.active(modelService.defaultName())
                .map(m -> new DashboardSummary.ActiveModel(m.name(), m.version(), m.model().k())).orElse(null);
        return new DashboardSummary(a.runId(), a.asOf(),
                published.currency() != null ? published.currency() : settings.currency(), t.customers(), t.orders(), t.revenue(),
                t.averageOrderValue(), t.firstPurchase(), t.lastPurchase(), published.publishedAt(), lastRun(a.runId()),
                model, a.computedAt());
    }

    private DashboardSummary.@Nullable LastRun lastRun(String runId) {
        Run run;
        try {
            run = runs.get(runId);
        } catch (RuntimeException gone) {
            return null;
        }
        Long millis = run.finishedAt() == null ? null : Duration.between(run.startedAt(), run.finishedAt()).toMillis();
        return new DashboardSummary.LastRun(run.id(), run.status().name(), run.trigger(), run.startedAt(),
                run.finishedAt(), millis);
    }
}

package io.segmentation.runs;

import io.segmentation.ingestion.RunTrigger;
import io.segmentation.ingestion.UploadReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The run after an upload or an upload's deletion: a forced run, reported as the upload report's run reference. */
@Component
class UploadRunTrigger implements RunTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(UploadRunTrigger.class);

    private final RunService runs;

    UploadRunTrigger(RunService runs) {
        this.runs = runs;
    }

    @Override
    public UploadReport.@Nullable RunReference runAfter(String trigger, boolean freshModel) {
        try {
            Run run = runs.startAfter(trigger, freshModel);
            return new UploadReport.RunReference(run.id(), run.status().name(), run.error());
        } catch (RuntimeException e) {
            // why: the orders are committed; a failed run is recorded on its own and can be repeated with POST /runs
            LOG.warn("Run {} failed: {}", trigger, e.toString());
            return runs.newest()
                    .map(r -> new UploadReport.RunReference(r.id(), r.status().name(), r.error()))
                    .orElse(null);
        }
    }
}

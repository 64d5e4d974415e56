package io.segmentation.ingestion;

import org.jspecify.annotations.Nullable;

/** Starts the run that follows a change of the stored purchases; the runs feature implements it. */
public interface RunTrigger {

    /**
     * Runs over all stored purchases, forced, and answers how it ended. Never throws: a failed run is recorded on
     * its own and can be repeated with {@code POST /runs}.
     *
     * @param trigger what changed, {@code upload:<id>} or {@code delete-upload:<id>}
     * @return the run, or the latest run when this one could not start, or null when there is none
     */
    UploadReport.@Nullable RunReference runAfter(String trigger);
}

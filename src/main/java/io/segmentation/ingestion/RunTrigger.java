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
    default UploadReport.@Nullable RunReference runAfter(String trigger) {
        return runAfter(trigger, false);
    }

    /**
     * As {@link #runAfter(String)}; with {@code freshModel} the run trains and activates a new default cluster model
     * on its own customers instead of assigning with the active one (after the demo data was removed, a model
     * trained on it must not serve real customers).
     */
    UploadReport.@Nullable RunReference runAfter(String trigger, boolean freshModel);
}

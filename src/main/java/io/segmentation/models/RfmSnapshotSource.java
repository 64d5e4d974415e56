package io.segmentation.models;

import java.util.Optional;

/** Gives the published run's customers for training; implemented by the runs feature, which owns runs. */
public interface RfmSnapshotSource {

    /** The published run's customers, or empty before the first run. */
    Optional<RfmSnapshot> published();
}

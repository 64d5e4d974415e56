package io.segmentation.prediction;

import java.util.Optional;

import io.segmentation.models.ClusterProfile;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.models.ServingModel;
import io.segmentation.runs.RunScoringStore;
import org.springframework.stereotype.Component;

/**
 * The clusters customers of the published run are in: those of the model that assigned them (which may no longer be
 * the active one), else of the active default model. Read from memory after the first call.
 */
@Component
class PublishedClusters {

    private final RunScoringStore scoring;
    private final ModelRegistry registry;
    private final ModelService models;

    PublishedClusters(RunScoringStore scoring, ModelRegistry registry, ModelService models) {
        this.scoring = scoring;
        this.registry = registry;
        this.models = models;
    }

    /** The profile of a cluster id ({@code cluster-2}) of the published run. */
    Optional<ClusterProfile> cluster(String clusterId) {
        Optional<ServingModel> model = scoring.currentClusterModel().flatMap(registry::version)
                .or(() -> registry.active(models.defaultName()));
        return model.flatMap(m -> m.model().clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst());
    }
}

package io.segmentation.models;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code segmentation.follow-interval} (default 10 s), reads the active pointers so that an
 * activation or retraining on another instance on the same database reaches this instance's predictions and runs
 * within that interval (one small read of {@code activeModels}; a model is loaded only when its pointer moved).
 */
@Component
class ActiveModelRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveModelRefresh.class);

    private final ModelRegistry registry;

    ActiveModelRefresh(ModelRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "${segmentation.follow-interval:10s}",
            initialDelayString = "${segmentation.follow-interval:10s}")
    void refresh() {
        try {
            registry.refreshActive();
        } catch (RuntimeException e) { // why: MongoDB may be down; the models in memory keep serving
            LOG.debug("Active models not refreshed: {}", e.toString());
        }
    }
}

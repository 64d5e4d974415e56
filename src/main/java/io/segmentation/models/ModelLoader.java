package io.segmentation.models;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the active models before anything else runs at start-up (runs and demo data need the default model). */
@Component
@Order(0)
class ModelLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ModelLoader.class);

    private final ModelRegistry registry;

    ModelLoader(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            registry.load();
        } catch (RuntimeException e) {
            // why: MongoDB may be down at start; readiness stays DOWN and the health check retries the load
            LOG.warn("Active models could not be loaded yet: {}", e.toString());
        }
    }
}

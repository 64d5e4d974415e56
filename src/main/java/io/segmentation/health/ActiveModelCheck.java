package io.segmentation.health;

import io.segmentation.models.ModelRegistry;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness waits for the active models to be loaded into memory ({@code activeModel} in the readiness group); a
 * service with no model yet is ready (it trains one on its first run), and the details say so.
 */
@Component("activeModel")
class ActiveModelCheck extends AbstractHealthIndicator {

    private final ModelRegistry registry;

    ActiveModelCheck(ModelRegistry registry) {
        super("Active models could not be loaded");
        this.registry = registry;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!registry.loaded()) {
            registry.load();
        }
        builder.up().withDetail("active", registry.versions().isEmpty() ? "none" : registry.versions());
    }
}

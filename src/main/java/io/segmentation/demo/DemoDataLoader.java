package io.segmentation.demo;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.segmentation.ingestion.UploadOptions;
import io.segmentation.ingestion.UploadResult;
import io.segmentation.ingestion.UploadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Fills an empty embedded database with a generated Online Retail-shaped file, uploaded like any other file but
 * marked as demo data, so {@code /segments} answers at once. Its customer ids start with {@code DEMO-}, and the first
 * real upload removes it (see {@link UploadService#uploadDemo}). It runs before the service reports ready, never
 * against a real MongoDB and never when purchase sources are configured.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String FILE_NAME = "demo-online-retail.csv";

    /** Every demo customer id starts so; real files' ids cannot collide with them. */
    static final String DEMO_PREFIX = "DEMO-";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataSettings settings;
    private final ObjectProvider<H2Backend> embedded;
    private final MongoOperations mongo;
    private final UploadService uploads;
    private final org.springframework.core.env.Environment environment;

    DemoDataLoader(DemoDataSettings settings, ObjectProvider<H2Backend> embedded, MongoOperations mongo,
                   UploadService uploads, org.springframework.core.env.Environment environment) {
        this.environment = environment;
        this.settings = settings;
        this.embedded = embedded;
        this.mongo = mongo;
        this.uploads = uploads;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!settings.enabled() || embedded.getIfAvailable() == null || mongo.collectionExists("uploads")
                && mongo.getCollection("uploads").estimatedDocumentCount() > 0) {
            return;
        }
        if (environment.containsProperty("segmentation.sources[0].collection")) {
            // why: demo data must never mix with real data, and a configured source is real data
            LOG.info("Demo data not loaded: MongoDB purchase sources are configured");
            return;
        }
        Path file = Files.createTempFile("segmentation-demo-", ".csv");
        try {
            var options = OnlineRetailGenerator.Options.defaults().withLines(settings.lines());
            options = new OnlineRetailGenerator.Options(settings.seed(), options.customers(), options.lines(),
                    options.from(), options.to(), DEMO_PREFIX);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
                new OnlineRetailGenerator().write(out, options);
            }
            UploadResult result;
            try (InputStream in = Files.newInputStream(file)) {
                result = uploads.uploadDemo(in, FILE_NAME);
            }
            LOG.info("Demo data loaded as upload {}: {} customers (set segmentation.demo-data.enabled=false to start empty)",
                    result.report().id(), result.report().customers());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

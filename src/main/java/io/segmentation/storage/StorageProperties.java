package io.segmentation.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MongoDB keeps its data, and how long the service waits for any MongoDB.
 *
 * @param dataDir                folder of the embedded store's file ({@code segmentation.mv.db}); created when missing
 * @param serverSelectionTimeout how long an operation waits for a reachable MongoDB before it fails (503)
 * @param connectTimeout         how long opening a connection may take
 * @param readTimeout            how long one answer of MongoDB (a query, a batch of a cursor, an aggregation, a write)
 *                               may take; longer fails the request (503) and closes the connection; 0 = no limit
 * @param startupRetry           pause between attempts of the start-up work (indexes, recovery) while MongoDB is
 *                               unreachable
 */
@ConfigurationProperties("segmentation.storage")
public record StorageProperties(@DefaultValue("./data") Path dataDir,
                                @DefaultValue("5s") Duration serverSelectionTimeout,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("60s") Duration readTimeout,
                                @DefaultValue("5s") Duration startupRetry) {
}

package io.segmentation.ingestion;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The folder whose dropped purchase files are uploaded; off by default.
 *
 * @param watchDir      the folder; {@code done/} and {@code failed/} are made inside it; null = off
 * @param watchInterval time between two looks; a file is read once its size and modification time are the same at two
 *                      consecutive looks
 */
@ConfigurationProperties("segmentation.ingestion")
record WatchFolderSettings(@Nullable Path watchDir, @DefaultValue("5s") Duration watchInterval) {
}

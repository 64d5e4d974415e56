package io.segmentation.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MongoDB keeps its data.
 *
 * @param dataDir folder of the embedded store's file ({@code segmentation.mv.db}); created when missing
 */
@ConfigurationProperties("segmentation.storage")
public record StorageProperties(@DefaultValue("./data") Path dataDir) {
}

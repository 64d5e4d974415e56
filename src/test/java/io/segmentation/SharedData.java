package io.segmentation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The real data sets in {@code ../shared/data}; a test that needs one is skipped, saying so, when it is absent. */
public final class SharedData {

    private static final Path DIR = Path.of("..", "shared", "data");

    private SharedData() {
    }

    /** The path of a shared data file; skips the calling test when the file is missing. */
    public static Path file(String name) {
        Path path = DIR.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(path),
                "skipped: " + path.toAbsolutePath().normalize() + " is absent (the real data sets live in ../shared/data)");
        return path;
    }
}

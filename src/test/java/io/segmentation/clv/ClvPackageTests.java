package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The clv package stays pure: its sources import only java.* and Commons Math. */
class ClvPackageTests {

    @Test
    void importsOnlyJavaAndCommonsMath() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/segmentation/clv"))) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(ClvPackageTests::lines)
                    .filter(line -> line.startsWith("import ")).distinct().toList();
        }

        assertThat(imports).isNotEmpty().allMatch(line -> line.startsWith("import java.")
                || line.startsWith("import static java.") || line.startsWith("import org.apache.commons.math3."));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

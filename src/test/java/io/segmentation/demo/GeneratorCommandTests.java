package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the generator's command line. */
class GeneratorCommandTests {

    @Test
    void withoutArgumentsUsesTheDefaults() {
        GeneratorCommand command = GeneratorCommand.parse(new String[0]);

        assertThat(command.options()).isEqualTo(OnlineRetailGenerator.Options.defaults());
        assertThat(command.out()).isNull();
    }

    @Test
    void scalesCustomersWithLinesUnlessTheyAreGiven() {
        assertThat(GeneratorCommand.parse(new String[] { "--lines", "135000" }).options().customers()).isEqualTo(1_000);
        assertThat(GeneratorCommand.parse(new String[] { "--lines", "135000", "--customers", "50" }).options()
            .customers()).isEqualTo(50);
    }

    @Test
    void rejectsUnknownOptionsAndBadNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorCommand.parse(new String[] { "--rows", "5" }))
            .withMessageContaining("--rows");
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorCommand.parse(new String[] { "--lines", "x" }))
            .withMessageContaining("--lines");
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorCommand.parse(new String[] { "--seed" }))
            .withMessageContaining("missing value");
    }

    @Test
    void writesTheFileAndReportsTheLines(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("retail.csv");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int status = GeneratorCommand.run(new String[] { "--lines", "2500", "--seed", "9", "--out", file.toString() },
                new PrintStream(console, true, StandardCharsets.UTF_8), System.err);

        List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(written).hasSize(2_501).first().isEqualTo(OnlineRetailGenerator.HEADER);
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("2500 lines").contains(" s to ");
    }

    @Test
    void answersBadArgumentsWithUsageAndStatusTwo() throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int status = GeneratorCommand.run(new String[] { "--bogus", "1" }, System.out,
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus").contains("usage:");
    }
}

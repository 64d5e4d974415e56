package io.segmentation.ingestion;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files dropped into the watched folder are uploaded like POST /uploads and moved to done/ or failed/ with their
 * report; a file under another name (.part) or still growing is never read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=watch-dir")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class WatchedFolderIntegrationTests {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("segmentation-watch-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    @DynamicPropertySource
    static void watchDir(DynamicPropertyRegistry registry) {
        registry.add("segmentation.ingestion.watch-dir", DIR::toString);
        registry.add("segmentation.ingestion.watch-interval", () -> "300ms");
    }

    @Autowired
    RestTestClient http;

    @Test
    void aDroppedFileIsUploadedAndMovedToDoneWithItsReport() throws IOException {
        Path part = DIR.resolve("march.csv.part");
        Files.writeString(part, HEADER + "1,A,Thing,2,2011-03-01 10:00:00,5.0,W01,France\n"
                + "2,A,Thing,1,2011-03-04 10:00:00,5.0,W02,France\n");
        sleep(1_200);
        assertThat(part).as("a .part file is never read").exists();
        Files.move(part, DIR.resolve("march.csv"));
        Path report = DIR.resolve("done/march.csv.report.json");
        await(() -> Files.exists(report));
        assertThat(DIR.resolve("march.csv")).doesNotExist();
        assertThat(DIR.resolve("done/march.csv")).exists();
        String json = Files.readString(report);
        assertThat(json).contains("\"accepted\":2").contains("\"sha256\"");
        String id = json.replaceAll("(?s).*?\"id\":\"([0-9a-f]+)\".*", "$1");
        http.get().uri("/uploads/" + id).exchange().expectStatus().isOk();
        http.get().uri("/customers/W01").exchange().expectStatus().isOk();
    }

    @Test
    void aFileThatIsNoPurchaseFileGoesToFailedWithTheProblem() throws IOException {
        Files.writeString(DIR.resolve("notes.csv"), "colour,size\nred,4\n");
        Path report = DIR.resolve("failed/notes.csv.report.json");
        await(() -> Files.exists(report));
        assertThat(DIR.resolve("failed/notes.csv")).exists();
        assertThat(Files.readString(report)).contains("urn:segmentation:problem:").contains("\"status\":4");
    }

    @Test
    void aFileStillBeingWrittenIsNotReadUntilItStopsGrowing() throws Exception {
        Path growing = DIR.resolve("april.csv");
        try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 40; i++) {
                out.write(("1" + i + ",A,Thing,1,2011-04-0" + (1 + i % 9) + " 10:00:00,2.0,G" + i + ",France\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(50);
                assertThat(growing).as("still being written").exists();
            }
        }
        Path report = DIR.resolve("done/april.csv.report.json");
        await(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("\"accepted\":40");
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

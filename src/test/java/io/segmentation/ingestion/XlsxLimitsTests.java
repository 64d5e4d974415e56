package io.segmentation.ingestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The XLSX reader refuses zip bombs and oversized shared strings tables before they can exhaust the heap. */
class XlsxLimitsTests {

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("hostile.xlsx"), bytes);
    }

    @Test
    void theHandBuiltWorkbooksAreReadableWithinTheLimits() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        new XlsxTableReader(1024 * 1024).read(write(HostileWorkbooks.hugeSharedStrings(10)),
                (line, fields) -> rows.add(fields));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("InvoiceNo", "StockCode");
        assertThat(rows.get(1).get(0)).hasSize(16).isNotBlank();
    }

    @Test
    void aZipBombIsRefusedAsAnUploadLimit() throws IOException {
        byte[] bomb = HostileWorkbooks.zipBomb(50);
        assertThat(bomb.length).isLessThan(512 * 1024);

        UploadLimitException e = catchThrowableOfType(UploadLimitException.class,
                () -> new XlsxTableReader(64L * 1024 * 1024).read(write(bomb), (line, fields) -> { }));

        assertThat(e.limit()).isEqualTo("zip-bomb");
        assertThat(e.getMessage()).contains("zip bomb", "CSV");
    }

    @Test
    void aSharedStringsTableLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = write(HostileWorkbooks.hugeSharedStrings(100_000));

        UploadLimitException e = catchThrowableOfType(UploadLimitException.class,
                () -> new XlsxTableReader(1024 * 1024).read(file, (line, fields) -> { }));

        assertThat(e.limit()).isEqualTo("segmentation.ingestion.max-shared-strings-size");
        assertThat(e.getMessage()).contains("shared strings", "1 MB");
    }
}

package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.segmentation.cleaning.RejectionReason;
import io.segmentation.demo.OnlineRetailGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link ParallelCsvReader} through {@link PurchaseFileReader}: the file parsed in byte ranges on several
 * threads gives, order by order and field by field of the cleaning report, what one reader gives.
 */
class ParallelCsvReaderTests {

    private static final Path SAMPLE = Path.of("../shared/data/online_retail_sample_30k.csv");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    @TempDir
    Path dir;

    @Test
    void theRealSampleInRangesEqualsOneReader() throws IOException {
        assertSameResult(SAMPLE, 64 * 1024, 100, UploadOptions.defaults());
    }

    @Test
    void theRealSampleIsCutIntoRangesWithoutFallingBack() throws IOException {
        ParallelCsvReader reader = new ParallelCsvReader(65_536, 2, 64 * 1024);
        ParallelCsvReader.Header header = reader.header(SAMPLE).orElseThrow();
        ColumnMapping mapping = ColumnMapping.detect(header.fields(), ColumnOverrides.none())
                .reading(header.fields(), false);
        AtomicLong rows = new AtomicLong();
        AtomicLong lastLine = new AtomicLong(1);
        reader.read(SAMPLE, header, () -> new LineParser(mapping, new DateParser(ZoneOffset.UTC, null)), row -> {
            long line = row instanceof io.segmentation.cleaning.PurchaseLine parsed ? parsed.line()
                    : ((ParallelCsvReader.Unparseable) row).line();
            assertThat(line).isGreaterThan(lastLine.getAndSet(line));
            rows.incrementAndGet();
        }, bytes -> { });
        assertThat(rows.get()).isEqualTo(new PurchaseFileReader(CLOCK, 100, ReadLimits.withLineLength(65_536), 0, 1)
                .read(SAMPLE, "csv", UploadOptions.defaults()).cleaning().read());
    }

    @Test
    void aGeneratedFileInRangesEqualsOneReader() throws IOException {
        Path file = dir.resolve("generated.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            new OnlineRetailGenerator().write(out, OnlineRetailGenerator.Options.defaults().withLines(60_000));
        }
        assertSameResult(file, 128 * 1024, 100, UploadOptions.defaults());
    }

    @Test
    void duplicatesAndErrorsAcrossRangesCountAsWithOneReader() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 400; i++) {
            csv.append("5363").append(i % 50).append(",85123A,\"HEART, WHITE\",6,12/1/2010 8:26,2.55,17850,United Kingdom\n")
                    .append("5363").append(i % 50).append(",85123A,\"HEART, WHITE\",6,12/1/2010 8:26,2.55,17850,United Kingdom\n")
                    .append("C5364").append(i).append(",D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom\n")
                    .append("5365").append(i).append(",22633,WARMER,0,12/1/2010 9:41,1.85,14527,United Kingdom\n")
                    .append("5366").append(i).append(",22745,POPPY,2,12/1/2010 9:45,1.50,,United Kingdom\n")
                    .append("5367").append(i).append(",22748,POPPY,2,yesterday,1.50,14527,United Kingdom\n")
                    .append("5368").append(i % 7).append(",22749,FELT,").append(1 + i % 5)
                    .append(",12/2/2010 10:00,0.1,1").append(i % 13).append(",Iceland\n");
        }
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertSameResult(file, 2048, 100, UploadOptions.defaults());
        assertSameResult(file, 2048, 7, UploadOptions.defaults());
        assertSameResult(file, 2048, 100, new UploadOptions(null, null, ColumnOverrides.none(), true, Set.of(RejectionReason.DUPLICATE), null));
    }

    @Test
    void aQuotedLineBreakOrCrlfLinesGiveTheSameResult() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            csv.append("5363").append(i).append(",85123A,HEART,6,12/1/2010 8:26,2.55,1").append(i % 40)
                    .append(",United Kingdom\n");
            if (i == 1500) {
                csv.append("5369").append(i).append(",85123A,\"TWO\nLINES\",6,12/1/2010 8:26,2.55,17850,United Kingdom\n");
            }
        }
        Path quoted = dir.resolve("quoted.csv");
        Files.writeString(quoted, csv, StandardCharsets.UTF_8);
        assertSameResult(quoted, 4096, 100, UploadOptions.defaults());
        Path crlf = dir.resolve("crlf.csv");
        Files.writeString(crlf, "\uFEFF" + csv.toString().replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertSameResult(crlf, 4096, 100, UploadOptions.defaults());
    }

    @Test
    void linesSaysWhereACutIsUnsafe() {
        assertThat(ParallelCsvReader.lines(bytes("a,\"b,c\",d\ne,f\n"), 0, 14)).isEqualTo(2);
        assertThat(ParallelCsvReader.lines(bytes("a,\"b\nc\",d\n"), 0, 10)).isEqualTo(-1);
        assertThat(ParallelCsvReader.lines(bytes("a,b\rc,d\n"), 0, 8)).isEqualTo(-1);
        assertThat(ParallelCsvReader.lines(bytes("a,b\r\nc,d\r\n"), 0, 10)).isEqualTo(2);
    }

    private void assertSameResult(Path file, int rangeBytes, int maxErrors, UploadOptions options) throws IOException {
        ReadLimits limits = ReadLimits.withLineLength(65_536);
        ParsedFile single = new PurchaseFileReader(CLOCK, maxErrors, limits, 0, rangeBytes).read(file, "csv", options);
        AtomicLong lastBytes = new AtomicLong();
        ParsedFile parallel = new PurchaseFileReader(CLOCK, maxErrors, limits, 3, rangeBytes)
                .read(file, "csv", options, (rows, bytes) -> lastBytes.set(bytes));
        assertThat(new PurchaseFileReader(CLOCK, maxErrors, limits, 1, rangeBytes).read(file, "csv", options))
                .isEqualTo(single);
        assertThat(parallel.cleaning().read()).isEqualTo(single.cleaning().read());
        assertThat(parallel.cleaning().accepted()).isEqualTo(single.cleaning().accepted());
        assertThat(parallel.cleaning().rejected()).isEqualTo(single.cleaning().rejected());
        assertThat(parallel.cleaning().rejectedByReason()).isEqualTo(single.cleaning().rejectedByReason());
        assertThat(parallel.cleaning().errors()).isEqualTo(single.cleaning().errors());
        assertThat(parallel.orders()).hasSameSizeAs(single.orders());
        for (int i = 0; i < single.orders().size(); i++) {
            assertThat(parallel.orders().get(i)).as("order %d", i).isEqualTo(single.orders().get(i));
        }
        assertThat(parallel.products()).isEqualTo(single.products());
        assertThat(parallel).isEqualTo(single);
        assertThat(single.cleaning().read()).isPositive();
        assertThat(lastBytes.get()).isLessThanOrEqualTo(Files.size(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** Tests of the buffer that assembles CSV lines. */
class CsvLineBufferTests {

    @Test
    void assemblesLinesFromTheirPiecesAndCountsOnlyDataLines() throws IOException {
        StringWriter out = new StringWriter();
        CsvLineBuffer buffer = new CsvLineBuffer(out);

        buffer.appendRaw("header\n");
        buffer.appendLine("536365", "85123A,WHITE HANGING HEART T-LIGHT HOLDER,", 6, ",2010-12-01 08:26:00,", "2.55",
                ",17850.0,United Kingdom\n");
        buffer.flush();

        assertThat(buffer.lines()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("header\n536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,"
                + "2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n");
    }

    @Test
    void keepsEverythingWhenTheTextOutgrowsAChunk() throws IOException {
        StringWriter out = new StringWriter();
        CsvLineBuffer buffer = new CsvLineBuffer(out);
        String head = "X".repeat(1_000) + ",";

        for (int i = 0; i < 500; i++) {
            buffer.appendLine("1", head, i, ",", "0.00", "\n");
        }
        buffer.flushIfFull();
        buffer.appendLine("2", head, 0, ",", "0.00", "\n");
        buffer.flush();

        assertThat(buffer.lines()).isEqualTo(501);
        assertThat(out.toString().split("\n")).hasSize(501);
    }
}

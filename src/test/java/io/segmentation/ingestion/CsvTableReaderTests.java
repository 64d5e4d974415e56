package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@link CsvTableReader} on files written to a temporary folder. */
class CsvTableReaderTests {

    @TempDir
    Path dir;

    private final CsvTableReader reader = new CsvTableReader(65_536);

    /** A row as the handler saw it. */
    private record Row(long line, List<String> fields) {
    }

    private Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".csv");
        Files.write(file, bytes);
        return file;
    }

    private List<Row> read(CsvTableReader reader, Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        reader.read(file, (line, fields) -> rows.add(new Row(line, List.copyOf(fields))));
        return rows;
    }

    private List<Row> read(String text) throws IOException {
        return read(reader, file(text));
    }

    @Test
    void readsCommaSeparatedRowsWithLineNumbers() throws IOException {
        List<Row> rows = read("a,b,c\n1,2,3\n4,5,6\n");

        assertThat(rows).containsExactly(new Row(1, List.of("a", "b", "c")), new Row(2, List.of("1", "2", "3")),
                new Row(3, List.of("4", "5", "6")));
    }

    @Test
    void detectsSemicolons() throws IOException {
        List<Row> rows = read("a;b;c\n1,5;2;3\n");

        assertThat(rows.get(1).fields()).containsExactly("1,5", "2", "3");
    }

    @Test
    void detectsTabs() throws IOException {
        List<Row> rows = read("a\tb\tc\n1,5\t2;x\t3\n");

        assertThat(rows.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(rows.get(1).fields()).containsExactly("1,5", "2;x", "3");
    }

    @Test
    void countsSeparatorsOnTheHeaderLineOutsideQuotesOnly() {
        assertThat(CsvTableReader.detectSeparator("\"a;b;c\",d,e\n1;2;3;4;5".getBytes(StandardCharsets.UTF_8))).isEqualTo(',');
        assertThat(CsvTableReader.detectSeparator("a;b,c;d\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(';');
        assertThat(CsvTableReader.detectSeparator("a;b,c\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(',');
        assertThat(CsvTableReader.detectSeparator("single\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(',');
        assertThat(CsvTableReader.detectSeparator(new byte[0])).isEqualTo(',');
    }

    @Test
    void stripsTheByteOrderMarkFromTheFirstHeaderCell() throws IOException {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = "InvoiceNo;Quantity\n536365;6\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        List<Row> rows = read(reader, file(bytes));

        assertThat(rows.get(0).fields()).containsExactly("InvoiceNo", "Quantity");
        assertThat(rows.get(0).fields().get(0)).hasSize(9);
        assertThat(rows.get(1).fields()).containsExactly("536365", "6");
    }

    @Test
    void readsCrLfAndLfAlike() throws IOException {
        List<Row> crlf = read("a,b\r\n1,2\r\n3,4\r\n");
        List<Row> lf = read("a,b\n1,2\n3,4\n");

        assertThat(crlf).isEqualTo(lf);
        assertThat(crlf).hasSize(3);
        assertThat(crlf.get(2).fields()).containsExactly("3", "4");
    }

    @Test
    void readsALastLineWithoutLineBreak() throws IOException {
        assertThat(read("a,b\n1,2").get(1).fields()).containsExactly("1", "2");
    }

    @Test
    void skipsEmptyLinesButKeepsTheLineNumbers() throws IOException {
        List<Row> rows = read("a,b\n\n1,2\n\n");

        assertThat(rows).containsExactly(new Row(1, List.of("a", "b")), new Row(3, List.of("1", "2")));
    }

    @Test
    void readsQuotedFieldsWithSeparatorsDoubledQuotesAndLineBreaks() throws IOException {
        List<Row> rows = read("id,text,n\r\n1,\"a, b\",2\r\n3,\"say \"\"hi\"\"\",4\r\n5,\"two\nlines\",6\r\n7,x,8\r\n");

        assertThat(rows.get(1).fields()).containsExactly("1", "a, b", "2");
        assertThat(rows.get(2).fields()).containsExactly("3", "say \"hi\"", "4");
        assertThat(rows.get(3).fields()).containsExactly("5", "two\nlines", "6");
        assertThat(rows.get(3).line()).isEqualTo(4);
        // the record after a two-line field starts on line 6
        assertThat(rows.get(4)).isEqualTo(new Row(6, List.of("7", "x", "8")));
    }

    @Test
    void readsUtf8Text() throws IOException {
        assertThat(read("name,city\nRenée,Zürich €\n").get(1).fields()).containsExactly("Renée", "Zürich €");
    }

    @Test
    void keepsShortAndLongRowsForTheParserToJudge() throws IOException {
        List<Row> rows = read("a,b,c\n1,2\n1,2,3,4\n1,2,\n");

        assertThat(rows.get(1).fields()).containsExactly("1", "2");
        assertThat(rows.get(2).fields()).containsExactly("1", "2", "3", "4");
        assertThat(rows.get(3).fields()).containsExactly("1", "2", "");
    }

    @Test
    void failsOnAnUnbalancedQuote() throws IOException {
        Path file = file("a,b\n1,\"open\n2,3\n");

        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(reader, file))
                .withMessageContaining("unbalanced quote");
    }

    @Test
    void failsOnBytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = "name,city\nRen\u00e9e,Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = file(latin1);

        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(reader, file))
                .withMessageContaining("not UTF-8");
    }

    @Test
    void failsOnBytesThatAreNotUtf8AtTheVeryStart() throws IOException {
        byte[] bytes = { (byte) 0xFF, (byte) 0xFE, 'a', 0, ',', 0, 'b', 0, '\n', 0 }; // UTF-16LE with BOM
        Path file = file(bytes);

        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(reader, file))
                .withMessageContaining("not UTF-8");
    }

    @Test
    void failsOnARecordLongerThanTheLimit() throws IOException {
        CsvTableReader small = new CsvTableReader(1_000);
        Path file = file("a,b\n1," + "x".repeat(5_000) + "\n2,3\n");

        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(small, file))
                .withMessageContaining("longer than 1000 characters");
    }

    @Test
    void acceptsARecordOfExactlyTheLimitAndNotOneCharacterMore() throws IOException {
        CsvTableReader small = new CsvTableReader(1_000);
        String atLimit = "1," + "x".repeat(998); // 1 + separator + 998 = 1,000 characters
        String overLimit = "2," + "x".repeat(999);

        assertThat(read(small, file("a,b\n" + atLimit + "\n"))).hasSize(2);
        Path file = file("a,b\n" + atLimit + "\n" + overLimit + "\n");
        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(small, file))
                .withMessageContaining("longer than 1000 characters").withMessageContaining("line 3");
    }

    @Test
    void failsOnAnEndlessQuotedFieldWithinTheLimit() throws IOException {
        CsvTableReader small = new CsvTableReader(1_000);
        Path file = file("a,b\n1,\"" + "x\n".repeat(3_000) + "\n");

        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(small, file));
    }

    @Test
    void readsRecordsUpToTheLimit() throws IOException {
        CsvTableReader small = new CsvTableReader(1_000);
        String many = ("1," + "x".repeat(500) + "\n").repeat(200);

        List<Row> rows = read(small, file("a,b\n" + many));

        assertThat(rows).hasSize(201);
        assertThat(rows.get(200).fields().get(1)).hasSize(500);
    }
}

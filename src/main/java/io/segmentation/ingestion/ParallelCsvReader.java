package io.segmentation.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import io.segmentation.cleaning.PurchaseLine;
import org.jspecify.annotations.Nullable;

/**
 * Parses the data rows of a large CSV on several threads: the rows after the header are cut into byte ranges of about
 * {@code rangeBytes} that start after a line break, and each range is read by its own FastCSV reader and
 * {@link LineParser} on a worker. The rows reach the caller in file order on the calling thread, so that cleaning and
 * order aggregation see exactly what one reader gives (first duplicates kept, first errors listed, sums added in the
 * same order). Cutting at line breaks is safe only when no quoted field holds one: each range checks that every line
 * holds an even number of quotes and that no CR ends a line alone; a range that fails ends the read with
 * {@link NotSplittable}, and the caller reads the file again with one reader.
 */
final class ParallelCsvReader {

    /** A row a worker could not parse: its line and the message the cleaning report lists. */
    record Unparseable(long line, String message) {
    }

    /** The header row and where the data rows start. */
    record Header(char separator, List<String> fields, long dataStart) {
    }

    /** The file cannot be cut at line breaks: a quoted field holds one, or lines end with a lone CR. */
    static final class NotSplittable extends RuntimeException {
        NotSplittable() {
            super("a quoted field holds a line break, or lines end with a lone CR", null, false, false);
        }
    }

    private static final int HEADER_BYTES = 1 << 20;

    private final CsvTableReader csv;
    private final int threads;
    private final int rangeBytes;

    /**
     * @param maxLineLength longest record accepted, in characters
     * @param threads       parsing workers, at least 1 (the calling thread cleans and folds beside them)
     * @param rangeBytes    bytes per range, roughly (a range ends after the next line break)
     */
    ParallelCsvReader(int maxLineLength, int threads, int rangeBytes) {
        this.csv = new CsvTableReader(maxLineLength);
        this.threads = threads;
        this.rangeBytes = rangeBytes;
    }

    /**
     * The header of {@code file} when the file is worth cutting (at least two ranges of data) and its first line is a
     * non-empty header that ends with LF or CRLF and holds whole quoted fields; empty otherwise.
     */
    Optional<Header> header(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2L * rangeBytes) {
                return Optional.empty();
            }
            byte[] head = read(channel, 0, (int) Math.min(size, HEADER_BYTES));
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            int end = indexOf(head, (byte) '\n', start, head.length);
            if (end < 0 || head[start] == '\n' || head[start] == '\r' || lines(head, start, end + 1) != 1) {
                return Optional.empty();
            }
            char separator = CsvTableReader.detectSeparator(java.util.Arrays.copyOfRange(head, start,
                    Math.min(head.length, start + 64 * 1024)));
            String text = new String(head, start, end + 1 - start, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>(1);
            csv.readRecords(new StringReader(text), separator, 0, (line, fields) -> rows.add(fields));
            return rows.size() == 1 ? Optional.of(new Header(separator, rows.get(0), end + 1L)) : Optional.empty();
        }
    }

    /**
     * Parses the data rows after {@code header}; each row reaches {@code rows} in file order as a {@link PurchaseLine}
     * or an {@link Unparseable}, and {@code bytesDone} hears the bytes handed over after each range.
     *
     * @throws NotSplittable when a range cannot be cut at its line breaks (nothing more is handed over)
     */
    void read(Path file, Header header, Supplier<LineParser> parsers, Consumer<Object> rows, LongConsumer bytesDone)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] bounds = bounds(channel, header.dataStart(), channel.size());
            int ranges = bounds.length - 1;
            List<CompletableFuture<Long>> lineOffsets = new ArrayList<>(ranges + 1);
            for (int i = 0; i <= ranges; i++) {
                lineOffsets.add(new CompletableFuture<>());
            }
            lineOffsets.get(0).complete(1L); // why: the header is line 1; a range's lines follow the previous ones
            AtomicInteger names = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "csv-range-" + names.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            List<Future<Range>> parsed = new ArrayList<>(ranges);
            int ahead = 2 * threads; // why: parsed ranges wait in memory until their turn; this bounds how many
            try {
                for (int i = 0; i < ranges; i++) {
                    while (parsed.size() < Math.min(ranges, i + ahead)) {
                        int r = parsed.size();
                        parsed.add(workers.submit(() -> parse(channel, bounds[r], bounds[r + 1], header.separator(),
                                lineOffsets.get(r), lineOffsets.get(r + 1), parsers.get())));
                    }
                    Range range = await(parsed.get(i));
                    parsed.set(i, null);
                    if (range.notSplittable) {
                        throw new NotSplittable();
                    }
                    range.rows.forEach(rows);
                    if (range.failure != null) {
                        throw range.failure;
                    }
                    bytesDone.accept(bounds[i + 1]);
                }
            } finally {
                lineOffsets.forEach(f -> f.complete(-1L)); // why: no worker may wait for a range that will not come
                workers.shutdownNow();
            }
        }
    }

    /** A range's parsed rows, then what stopped it: a limit or unreadable bytes (rethrown in file order). */
    private static final class Range {
        final List<Object> rows = new ArrayList<>();
        @Nullable RuntimeException failure;
        boolean notSplittable;
    }

    private Range parse(FileChannel channel, long from, long to, char separator, CompletableFuture<Long> lineOffset,
                        CompletableFuture<Long> nextLineOffset, LineParser parser) throws IOException {
        Range range = new Range();
        byte[] bytes = read(channel, from, (int) (to - from));
        long lines = lines(bytes, 0, bytes.length);
        long offset = lineOffset.join();
        if (lines < 0 || offset < 0) {
            nextLineOffset.complete(-1L);
            range.notSplittable = true;
            return range;
        }
        nextLineOffset.complete(offset + lines);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            csv.readRecords(new InputStreamReader(new ByteArrayInputStream(bytes), decoder), separator, offset,
                    (line, fields) -> {
                        try {
                            range.rows.add(parser.parse(line, fields));
                        } catch (LineParser.RowException e) {
                            range.rows.add(new Unparseable(line, "line " + line + " " + e.getMessage()));
                        }
                    });
        } catch (RuntimeException e) {
            range.failure = e;
        }
        return range;
    }

    private static Range await(Future<Range> range) throws IOException {
        try {
            return range.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while parsing the file");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** Range bounds from {@code start} to {@code size}: each bound but the last just after a line feed. */
    private long[] bounds(FileChannel channel, long start, long size) throws IOException {
        List<Long> bounds = new ArrayList<>();
        bounds.add(start);
        long at = start;
        byte[] probe = new byte[8192];
        while (size - at > rangeBytes) {
            long next = at + rangeBytes;
            long found = -1;
            while (found < 0 && next < size) {
                int n = channel.read(ByteBuffer.wrap(probe, 0, (int) Math.min(probe.length, size - next)), next);
                int i = indexOf(probe, (byte) '\n', 0, Math.max(0, n));
                if (i >= 0) {
                    found = next + i + 1;
                } else {
                    next += Math.max(1, n);
                }
            }
            if (found < 0 || found >= size) {
                break;
            }
            bounds.add(found);
            at = found;
        }
        bounds.add(size);
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Line feeds in {@code bytes[from, to)}; -1 when a line holds an odd number of quotes (a quoted field goes on past
     * its line) or a CR is followed by anything but LF (FastCSV would end a line there).
     */
    static long lines(byte[] bytes, int from, int to) {
        long lines = 0;
        int quotes = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if ((quotes & 1) != 0) {
                    return -1;
                }
                lines++;
                quotes = 0;
            } else if (b == '"') {
                quotes++;
            } else if (b == '\r' && i + 1 < to && bytes[i + 1] != '\n') {
                return -1;
            }
        }
        return (quotes & 1) != 0 ? -1 : lines;
    }

    private static int indexOf(byte[] bytes, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new IOException("the file ended early while it was being read");
            }
        }
        return bytes;
    }
}

package io.segmentation.ingestion;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.segmentation.cleaning.Cleaner;
import io.segmentation.cleaning.CleaningReport;
import io.segmentation.cleaning.IqrFences;
import io.segmentation.cleaning.PurchaseLine;
import io.segmentation.cleaning.RejectionReason;
import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderAggregator;
import org.jspecify.annotations.Nullable;

/**
 * Reads a purchase file from disk, detects its layout, parses, cleans and folds the lines into orders, in one
 * streaming pass (plus one pass over the orders for optional IQR outliers). With parsing threads
 * ({@link #withParseThreads}), a CSV of at least two ranges of {@value #RANGE_BYTES} bytes is parsed on them
 * ({@link ParallelCsvReader}) and cleaned and folded in file order, with the same result. No Spring, no database.
 */
public final class PurchaseFileReader {

    /** Purchases dated before this day are rejected as UNPARSEABLE: no shop data is that old, it is a typo or 0. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** Purchases dated more than this after the moment of reading are rejected as UNPARSEABLE. */
    static final Duration LATEST_DATE_AHEAD = Duration.ofDays(1);

    /** Bytes per range when a CSV is parsed on several threads. */
    static final int RANGE_BYTES = 1 << 20;

    private final Clock clock;
    private final int maxErrors;
    private final ReadLimits limits;
    private final @Nullable ParallelCsvReader parallel;

    /**
     * @param zone          zone of dates written without an offset
     * @param maxErrors     removed rows listed in the report with their line numbers
     * @param maxLineLength longest CSV record accepted, in characters
     */
    public PurchaseFileReader(ZoneId zone, int maxErrors, int maxLineLength) {
        this(Clock.system(zone), maxErrors, ReadLimits.withLineLength(maxLineLength));
    }

    /**
     * @param clock     "now" for the latest accepted purchase date, and the zone of dates written without an offset
     * @param maxErrors removed rows listed in the report with their line numbers
     * @param limits    rows, line length and XLSX shared strings limits
     */
    public PurchaseFileReader(Clock clock, int maxErrors, ReadLimits limits) {
        this(clock, maxErrors, limits, defaultParseThreads(), RANGE_BYTES);
    }

    /**
     * @param parseThreads threads that parse a CSV of at least two ranges while the calling thread cleans and folds
     *                     the rows; 0 reads every file on the calling thread alone
     * @param rangeBytes   bytes per range, roughly
     */
    PurchaseFileReader(Clock clock, int maxErrors, ReadLimits limits, int parseThreads, int rangeBytes) {
        this.clock = clock;
        this.maxErrors = maxErrors;
        this.limits = limits;
        this.parallel = parseThreads < 1 ? null
                : new ParallelCsvReader(limits.maxLineLength(), parseThreads, rangeBytes);
    }

    /** This reader with {@code parseThreads} parsing threads for large CSV files (0: the calling thread alone). */
    public PurchaseFileReader withParseThreads(int parseThreads) {
        return new PurchaseFileReader(clock, maxErrors, limits, parseThreads, RANGE_BYTES);
    }

    /**
     * None: every file is read on the calling thread. Measured on 2 cores (docs/BENCHMARKS.md), one parsing thread
     * beside the thread that cleans and folds made the 541,909-line read slower (0.71 s against 0.55 s): the cleaning
     * and folding, not the parsing, bounds it. {@link #withParseThreads} turns the ranges on.
     */
    public static int defaultParseThreads() {
        return 0;
    }

    /**
     * @param file   the uploaded bytes on disk
     * @param format {@code csv} or {@code xlsx}
     * @throws UnreadableFileException  when the bytes are not a readable table
     * @throws UploadLimitException     when the file has more rows, a longer line or a larger XLSX string table than
     *                                  the limits allow
     * @throws DuplicateColumnsException when the header names a column twice
     * @throws MissingColumnsException  when the header fits no layout
     * @throws EmptyFileException       when there is no header or no data row
     * @throws NoUsableRowsException    when no data row could be parsed
     * @throws IllegalArgumentException when {@code dateFormat} is not a valid pattern
     */
    public ParsedFile read(Path file, String format, UploadOptions options) throws IOException {
        return read(file, format, options, (rows, bytes) -> { });
    }

    /** Receives the rows and bytes read so far, every {@value #PROGRESS_EVERY} rows. */
    @FunctionalInterface
    interface ReadProgress {
        /** @param bytes bytes read so far, or -1 when the format cannot tell */
        void read(long rows, long bytes);
    }

    private static final int PROGRESS_EVERY = 4096;

    /** As {@link #read(Path, String, UploadOptions)}, telling {@code progress} how far it has read. */
    ParsedFile read(Path file, String format, UploadOptions options, ReadProgress progress) throws IOException {
        ZoneId zone = clock.getZone();
        DateParser dates = new DateParser(zone, options.dateFormat());
        Instant earliest = EARLIEST_DATE.atStartOfDay(zone).toInstant();
        Instant latest = clock.instant().plus(LATEST_DATE_AHEAD);
        if (!format.equals("xlsx") && parallel != null) {
            Optional<ParallelCsvReader.Header> header = parallel.header(file);
            if (header.isPresent()) {
                Reading reading = new Reading(options);
                reading.header(header.get().fields(), header.get().separator() == ';', dates, earliest, latest);
                try {
                    parallel.read(file, header.get(), () -> new LineParser(reading.mapping,
                            new DateParser(zone, options.dateFormat()), earliest, latest), reading::row,
                            bytes -> progress.read(reading.rows, bytes));
                    return reading.finish(format);
                } catch (ParallelCsvReader.NotSplittable e) {
                    // why: a quoted field holds a line break; one reader from the start gives the same report
                }
            }
        }
        TableReader reader = format.equals("xlsx") ? new XlsxTableReader(limits.maxSharedStringsSize())
                : new CsvTableReader(limits.maxLineLength());
        Reading reading = new Reading(options);
        reader.read(file, (line, fields) -> {
            if (reading.parser == null) {
                reading.header(fields, reader instanceof CsvTableReader csv && csv.separator() == ';', dates, earliest,
                        latest);
                return;
            }
            reading.countRow();
            if (reading.rows % PROGRESS_EVERY == 0) {
                progress.read(reading.rows, reader.bytesRead());
            }
            PurchaseLine parsed;
            try {
                parsed = reading.parser.parse(line, fields);
            } catch (LineParser.RowException e) {
                reading.cleaner.rejectUnparseable(line, "line " + line + " " + e.getMessage());
                return;
            }
            reading.accept(parsed);
        });
        return reading.finish(format);
    }

    /** The cleaner, the order aggregator and the column mapping of one reading of a file, fed in file order. */
    private final class Reading {

        final Cleaner cleaner;
        final OrderAggregator aggregator = new OrderAggregator();
        @Nullable ColumnMapping mapping;
        @Nullable LineParser parser;
        long rows;

        final UploadOptions options;

        Reading(UploadOptions options) {
            this.options = options;
            this.cleaner = new Cleaner(maxErrors, options.disabledRules());
        }

        void header(List<String> fields, boolean decimalComma, DateParser dates, Instant earliest, Instant latest) {
            mapping = ColumnMapping.detect(fields, options.columns()).reading(fields, decimalComma);
            parser = new LineParser(mapping, dates, earliest, latest);
        }

        void countRow() {
            if (++rows > limits.maxRows()) {
                throw new UploadLimitException("segmentation.ingestion.max-rows", "The file has more than "
                        + limits.maxRows() + " data rows, the most one upload may hold; split it into several uploads.");
            }
        }

        /** A row a worker parsed: a {@link PurchaseLine} or a {@link ParallelCsvReader.Unparseable}. */
        void row(Object row) {
            countRow();
            if (row instanceof PurchaseLine line) {
                accept(line);
            } else {
                ParallelCsvReader.Unparseable unparseable = (ParallelCsvReader.Unparseable) row;
                cleaner.rejectUnparseable(unparseable.line(), unparseable.message());
            }
        }

        void accept(PurchaseLine line) {
            if (cleaner.accept(line)) {
                aggregator.add(line);
            }
        }

        ParsedFile finish(String format) {
            if (mapping == null) {
                throw new EmptyFileException("The file is empty: upload a CSV or XLSX file with a header row and purchase rows.");
            }
            cleaner.linesEnded(); // why: the duplicate fingerprints are not needed while the orders are built
            CleaningReport report = cleaner.report();
            if (report.read() == 0) {
                throw new EmptyFileException("The file has a header but no data rows: add purchase rows below the header.");
            }
            long unparseable = report.rejectedByReason().get(RejectionReason.UNPARSEABLE);
            if (unparseable == report.read()) {
                throw new NoUsableRowsException("None of the " + report.read() + " data rows could be read; the first errors"
                        + " say why (check the separator, the date format and the decimal separator).", report.errors());
            }
            List<Order> orders = aggregator.orders();
            if (options.removeOutliers() && !options.disabledRules().contains(RejectionReason.OUTLIER) && !orders.isEmpty()) {
                orders = removeOutliers(orders, cleaner);
                report = cleaner.report();
            }
            List<String> notes = new ArrayList<>();
            if (mapping.orderId() < 0) {
                notes.add("The file has no order id column: each customer's purchases at one timestamp are one order.");
            }
            if (mapping.decimalComma()) {
                notes.add("The file is ';'-separated: a comma in a number is its decimal separator (1.234,56 = 1234.56).");
            }
            List<RejectionReason> rules = cleaner.rules().stream().filter(r -> r != RejectionReason.OUTLIER
                    || options.removeOutliers()).toList();
            return new ParsedFile(format.toLowerCase(Locale.ROOT), mapping.layout(),
                    options.currency() != null ? options.currency() : mapping.currency(), report, orders,
                    mapping.used(), List.copyOf(notes), rules, aggregator.productSales());
        }
    }

    private static List<Order> removeOutliers(List<Order> orders, Cleaner cleaner) {
        IqrFences fences = IqrFences.of(orders.stream().mapToDouble(Order::amount).toArray());
        List<Order> kept = new ArrayList<>(orders.size());
        long removedLines = 0;
        for (Order order : orders) {
            if (fences.contains(order.amount())) {
                kept.add(order);
            } else {
                removedLines += order.lines();
            }
        }
        cleaner.reclassify(removedLines, RejectionReason.OUTLIER);
        return kept;
    }
}

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

import io.segmentation.cleaning.Cleaner;
import io.segmentation.cleaning.CleaningReport;
import io.segmentation.cleaning.IqrFences;
import io.segmentation.cleaning.PurchaseLine;
import io.segmentation.cleaning.RejectionReason;
import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderAggregator;

/**
 * Reads a purchase file from disk, detects its layout, parses, cleans and folds the lines into orders, in one
 * streaming pass (plus one pass over the orders for optional IQR outliers). No Spring, no database.
 */
public final class PurchaseFileReader {

    /** Purchases dated before this day are rejected as UNPARSEABLE: no shop data is that old, it is a typo or 0. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** Purchases dated more than this after the moment of reading are rejected as UNPARSEABLE. */
    static final Duration LATEST_DATE_AHEAD = Duration.ofDays(1);

    private final Clock clock;
    private final int maxErrors;
    private final ReadLimits limits;

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
        this.clock = clock;
        this.maxErrors = maxErrors;
        this.limits = limits;
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
        TableReader reader = format.equals("xlsx") ? new XlsxTableReader(limits.maxSharedStringsSize())
                : new CsvTableReader(limits.maxLineLength());
        Cleaner cleaner = new Cleaner(maxErrors, options.disabledRules());
        OrderAggregator aggregator = new OrderAggregator();
        var state = new Object() {
            LineParser parser;
            ColumnMapping mapping;
            long rows;
        };
        reader.read(file, (line, fields) -> {
            if (state.parser == null) {
                boolean decimalComma = reader instanceof CsvTableReader csv && csv.separator() == ';';
                state.mapping = ColumnMapping.detect(fields, options.columns()).reading(fields, decimalComma);
                state.parser = new LineParser(state.mapping, dates, earliest, latest);
                return;
            }
            if (++state.rows % PROGRESS_EVERY == 0) {
                progress.read(state.rows, reader.bytesRead());
            }
            if (state.rows > limits.maxRows()) {
                throw new UploadLimitException("segmentation.ingestion.max-rows", "The file has more than "
                        + limits.maxRows() + " data rows, the most one upload may hold; split it into several uploads.");
            }
            PurchaseLine parsed;
            try {
                parsed = state.parser.parse(line, fields);
            } catch (LineParser.RowException e) {
                cleaner.rejectUnparseable(line, "line " + line + " " + e.getMessage());
                return;
            }
            if (cleaner.accept(parsed)) {
                aggregator.add(parsed);
            }
        });
        if (state.mapping == null) {
            throw new EmptyFileException("The file is empty: upload a CSV or XLSX file with a header row and purchase rows.");
        }
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
        if (state.mapping.orderId() < 0) {
            notes.add("The file has no order id column: each customer's purchases at one timestamp are one order.");
        }
        if (state.mapping.decimalComma()) {
            notes.add("The file is ';'-separated: a comma in a number is its decimal separator (1.234,56 = 1234.56).");
        }
        List<RejectionReason> rules = cleaner.rules().stream().filter(r -> r != RejectionReason.OUTLIER
                || options.removeOutliers()).toList();
        return new ParsedFile(format.toLowerCase(Locale.ROOT), state.mapping.layout(),
                options.currency() != null ? options.currency() : state.mapping.currency(), report, orders,
                state.mapping.used(), List.copyOf(notes), rules, aggregator.productSales());
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

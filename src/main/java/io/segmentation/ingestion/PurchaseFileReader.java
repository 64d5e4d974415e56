package io.segmentation.ingestion;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.segmentation.cleaning.Cleaner;
import io.segmentation.cleaning.CleaningReport;
import io.segmentation.cleaning.IqrFences;
import io.segmentation.cleaning.RejectionReason;
import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderAggregator;

/**
 * Reads a purchase file from disk, detects its layout, parses, cleans and folds the lines into orders, in one
 * streaming pass (plus one pass over the orders for optional IQR outliers). No Spring, no database.
 */
public final class PurchaseFileReader {

    private final ZoneId zone;
    private final int maxErrors;
    private final int maxLineLength;

    /**
     * @param zone          zone of dates written without an offset
     * @param maxErrors     removed rows listed in the report with their line numbers
     * @param maxLineLength longest CSV record accepted, in characters
     */
    public PurchaseFileReader(ZoneId zone, int maxErrors, int maxLineLength) {
        this.zone = zone;
        this.maxErrors = maxErrors;
        this.maxLineLength = maxLineLength;
    }

    /**
     * @param file   the uploaded bytes on disk
     * @param format {@code csv} or {@code xlsx}
     * @throws UnreadableFileException  when the bytes are not a readable table
     * @throws MissingColumnsException  when the header fits no layout
     * @throws EmptyFileException       when there is no header or no data row
     * @throws NoUsableRowsException    when no data row could be parsed
     * @throws IllegalArgumentException when {@code dateFormat} is not a valid pattern
     */
    public ParsedFile read(Path file, String format, UploadOptions options) throws IOException {
        DateParser dates = new DateParser(zone, options.dateFormat());
        TableReader reader = format.equals("xlsx") ? new XlsxTableReader() : new CsvTableReader(maxLineLength);
        Cleaner cleaner = new Cleaner(maxErrors);
        OrderAggregator aggregator = new OrderAggregator();
        var state = new Object() {
            LineParser parser;
            ColumnMapping mapping;
        };
        reader.read(file, (line, fields) -> {
            if (state.parser == null) {
                state.mapping = ColumnMapping.detect(fields, options.columns());
                state.parser = new LineParser(state.mapping, dates);
                return;
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
        if (options.removeOutliers() && !orders.isEmpty()) {
            orders = removeOutliers(orders, cleaner);
            report = cleaner.report();
        }
        return new ParsedFile(format.toLowerCase(Locale.ROOT), state.mapping.layout(), state.mapping.currency(),
                report, orders);
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

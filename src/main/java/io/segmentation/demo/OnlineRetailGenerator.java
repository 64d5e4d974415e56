package io.segmentation.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A seeded generator of synthetic purchase lines shaped like the UCI Online Retail data set: same columns, heavy-tailed
 * customers and baskets, seasonality, cancellations, missing CustomerIDs, free lines and duplicates; instances are
 * immutable and can be shared.
 */
public final class OnlineRetailGenerator {

    /** The CSV header, exactly as in the real file. */
    public static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    // The real file: 541,909 lines from 4,372 customers.
    private static final long LINES_PER_CUSTOMER = 135;

    private final ProductCatalogue catalogue = ProductCatalogue.standard();

    /**
     * What to generate.
     *
     * @param seed seed of every random draw; the same options always give byte-identical output
     * @param customers number of customers with a CustomerID, >= 0 (ids from 12346 up, with gaps)
     * @param lines number of data lines, >= 0
     * @param from first trading day
     * @param to last trading day, not before {@code from}
     * @param customerIdPrefix written before each CustomerID (the demo data set's {@code DEMO-}, so its customers can
     *        never be a real file's); empty: the real data's float-like ids ({@code 12923.0})
     */
    public record Options(long seed, int customers, long lines, LocalDate from, LocalDate to, String customerIdPrefix) {

        /** Options with the real data's customer ids. */
        public Options(long seed, int customers, long lines, LocalDate from, LocalDate to) {
            this(seed, customers, lines, from, to, "");
        }

        /** Checks the options; throws {@link IllegalArgumentException} on negative counts or a reversed period. */
        public Options {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (customers < 0) {
                throw new IllegalArgumentException("customers must be >= 0, was " + customers);
            }
            if (lines < 0) {
                throw new IllegalArgumentException("lines must be >= 0, was " + lines);
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
            }
        }

        /** Seed 42, 60,000 lines from 444 customers (the real file's 135 lines per customer), 2010-12-01 to 2011-12-09. */
        public static Options defaults() {
            return new Options(42, customersFor(60_000), 60_000, LocalDate.of(2010, 12, 1), LocalDate.of(2011, 12, 9));
        }

        /** The number of customers that suits a number of lines: one per 135 lines, at least one when there are lines. */
        public static int customersFor(long lines) {
            if (lines == 0) {
                return 0;
            }
            return (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.round(lines / (double) LINES_PER_CUSTOMER)));
        }

        /** These options with another number of lines and the number of customers that suits it. */
        public Options withLines(long lines) {
            return new Options(this.seed, customersFor(lines), lines, this.from, this.to, this.customerIdPrefix);
        }

        /** These options with another customer id prefix. */
        public Options withCustomerIdPrefix(String prefix) {
            return new Options(this.seed, this.customers, this.lines, this.from, this.to, prefix);
        }
    }

    /**
     * Streams the header and {@code options.lines()} purchase lines as CSV (RFC 4180 quoting, {@code \n} line ends)
     * to {@code out}, which is flushed but not closed; lines are in invoice-number order, which is time order.
     *
     * @return the number of data lines written, always {@code options.lines()}
     * @throws IOException when {@code out} fails
     */
    public long write(Writer out, Options options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return new PurchaseLineWriter(out, options, this.catalogue).write();
    }

    /**
     * Writes a file from the command line: {@code --lines N --customers N --seed N --from yyyy-MM-dd --to yyyy-MM-dd
     * --out PATH}; missing options come from {@link Options#defaults()}, customers scale with {@code --lines}, and
     * without {@code --out} the CSV goes to standard output.
     */
    public static void main(String[] args) throws IOException {
        int status = GeneratorCommand.run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}

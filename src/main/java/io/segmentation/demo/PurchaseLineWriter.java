package io.segmentation.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the purchase lines of one generator run day by day, holding no more than a day's plan in memory. */
final class PurchaseLineWriter {

    // Invoices without a CustomerID are fewer but larger than customers' ones, as in the real file: about 13% of
    // invoices and 22% of lines.
    private static final double GUEST_SHARE = 0.13;

    private static final double GUEST_BASKET_SCALE = 2.0;

    // Lines per order: log-normal with median 13 and mean 21, capped; guests' orders are twice that, and with the
    // short cancellation invoices the mean per invoice comes to about 20, as in the real file.
    private static final double BASKET_SIGMA = 1.0;

    private static final double BASKET_MU = StrictMath.log(21) - BASKET_SIGMA * BASKET_SIGMA / 2;

    private static final int MAX_BASKET = 600;

    private static final double CANCELLED_ORDER_SHARE = 0.25;

    private static final double CANCELLED_LINE_CONTINUE = 0.6;

    private static final double MEAN_DAYS_TO_CANCEL = 4;

    private static final double DUPLICATE_SHARE = 0.008;

    private static final double FREE_SHARE = 0.0012;

    private static final double POSTAGE_SHARE = 0.7;

    private static final String POSTAGE_HEAD = "POST,POSTAGE,";

    private static final String POSTAGE_PRICE = "18.00";

    private static final String FREE_PRICE = "0.00";

    private static final long FIRST_INVOICE = 536_365L;

    private static final long LAST_SIX_DIGIT_INVOICE = 999_999L;

    // Draws of a product already on the invoice are repeated, up to this many times.
    private static final int DRAWS_FOR_NEW_PRODUCT = 8;

    private final CsvLineBuffer text;

    private final long lines;

    private final SplittableRandom random;

    private final ShopCalendar calendar;

    private final ProductCatalogue catalogue;

    private final CustomerBase customers;

    private final ActiveCustomers active;

    private final CancellationBook cancellations;

    private final DayPlan plan = new DayPlan();

    private final int[] products = new int[MAX_BASKET];

    private final int[] quantities = new int[MAX_BASKET];

    private final long[] invoiceOfProduct;

    private long nextInvoice;

    PurchaseLineWriter(Writer out, OnlineRetailGenerator.Options options, ProductCatalogue catalogue) {
        SplittableRandom root = new SplittableRandom(options.seed());
        this.text = new CsvLineBuffer(out);
        this.lines = options.lines();
        this.calendar = new ShopCalendar(options.from(), options.to());
        this.catalogue = catalogue;
        this.customers = new CustomerBase(options.customers(), this.calendar, root.split(), options.customerIdPrefix());
        this.random = root.split();
        this.active = new ActiveCustomers(this.customers);
        this.cancellations = new CancellationBook(this.calendar.days());
        this.nextInvoice = firstInvoice(options.lines());
        this.invoiceOfProduct = new long[catalogue.size()];
        Arrays.fill(this.invoiceOfProduct, -1);
    }

    // Invoice numbers stay six digits up to about ten million lines; beyond that they grow a seventh.
    private static long firstInvoice(long lines) {
        long expectedInvoices = lines / 12 + 1_000;
        if (FIRST_INVOICE + expectedInvoices <= LAST_SIX_DIGIT_INVOICE) {
            return FIRST_INVOICE;
        }
        return Math.max(100_000L, LAST_SIX_DIGIT_INVOICE - expectedInvoices);
    }

    /** Writes the header and all lines, returning the number of data lines. */
    long write() throws IOException {
        this.text.appendRaw(OnlineRetailGenerator.HEADER + "\n");
        long[] budgets = this.calendar.lineBudgets(this.lines);
        long due = 0;
        long planned = 0;
        for (int day = 0; day < budgets.length; day++) {
            due += budgets[day];
            planned += writeDay(day, due - planned, this.lines - planned);
        }
        this.text.flush();
        return this.text.lines();
    }

    // A day's last invoice is finished even past the day's budget and the next days make up for it, so baskets keep
    // their size however few lines a day has; only an invoice reaching the requested total is cut short.
    // Returns the number of lines written on the day, at most room.
    private long writeDay(int day, long budget, long room) throws IOException {
        this.plan.clear();
        List<Cancellation> due = this.cancellations.take(day, Math.max(0, budget / 4));
        long remaining = budget;
        long left = room;
        for (int i = 0; i < due.size(); i++) {
            this.plan.addCancellation(i, due.get(i).lines());
            remaining -= due.get(i).lines();
            left -= due.get(i).lines();
        }
        while (remaining > 0) {
            int customer = DayPlan.GUEST;
            if (this.customers.size() > 0 && this.random.nextDouble() >= GUEST_SHARE) {
                customer = this.active.nextNewcomer(day);
                if (customer < 0) {
                    customer = this.active.drawRepeat(this.random, day);
                }
            }
            int size = (int) Math.min(left, basket(customer));
            this.plan.addOrder(customer, size);
            remaining -= size;
            left -= size;
        }
        this.active.activateNewcomers();
        this.plan.schedule(this.random);
        for (int i = 0; i < this.plan.size(); i++) {
            String stamp = "," + this.calendar.timestamp(day, this.plan.minute(i)) + ",";
            if (this.plan.cancellation(i) >= 0) {
                writeCancellation(due.get(this.plan.cancellation(i)), stamp);
            }
            else {
                writeOrder(day, this.plan.customer(i), this.plan.lines(i), stamp);
            }
        }
        return room - left;
    }

    private int basket(int customer) {
        double scale = customer == DayPlan.GUEST ? GUEST_BASKET_SCALE : this.customers.basketScale(customer);
        double size = Math.ceil(RandomDraws.logNormal(this.random, BASKET_MU, BASKET_SIGMA) * scale);
        return (int) Math.max(1, Math.min(MAX_BASKET, size));
    }

    private void writeOrder(int day, int customer, int size, String stamp) throws IOException {
        long number = this.nextInvoice++;
        String invoice = String.valueOf(number);
        String tail = customer == DayPlan.GUEST ? ",," + CountryMix.drawGuestCountry(this.random) + "\n"
                : this.customers.csvTail(customer);
        boolean postage = customer != DayPlan.GUEST && !this.customers.home(customer)
                && this.random.nextDouble() < POSTAGE_SHARE;
        String head = null;
        String price = null;
        int product = -1;
        int quantity = 0;
        for (int j = 0; j < size; j++) {
            boolean duplicate = j > 0 && this.random.nextDouble() < DUPLICATE_SHARE;
            if (!duplicate && j == 0 && postage) {
                product = -1;
                quantity = 1 + this.random.nextInt(3);
                head = POSTAGE_HEAD;
                price = POSTAGE_PRICE;
            }
            else if (!duplicate) {
                product = drawNewProduct(number);
                quantity = this.catalogue.drawQuantity(this.random, product);
                boolean free = this.random.nextDouble() < FREE_SHARE;
                head = free && this.random.nextBoolean() ? this.catalogue.csvHeadWithoutDescription(product)
                        : this.catalogue.csvHead(product);
                price = free ? FREE_PRICE : this.catalogue.priceText(product);
            }
            this.text.appendLine(invoice, head, quantity, stamp, price, tail);
            this.products[j] = product;
            this.quantities[j] = quantity;
        }
        this.text.flushIfFull();
        if (customer != DayPlan.GUEST && this.random.nextDouble() < CANCELLED_ORDER_SHARE) {
            fileCancellation(day, customer, size);
        }
    }

    // Real invoices rarely list a product twice, so exact duplicates come only from the deliberate copies.
    private int drawNewProduct(long invoice) {
        int product = this.catalogue.draw(this.random);
        for (int attempt = 1; attempt < DRAWS_FOR_NEW_PRODUCT && this.invoiceOfProduct[product] == invoice; attempt++) {
            product = this.catalogue.draw(this.random);
        }
        this.invoiceOfProduct[product] = invoice;
        return product;
    }

    private void fileCancellation(int day, int customer, int size) {
        int count = Math.min(size, 1 + RandomDraws.geometric(this.random, 1 - CANCELLED_LINE_CONTINUE));
        int[] returned = new int[count];
        int[] returnedQuantities = new int[count];
        int first = this.random.nextInt(size);
        for (int k = 0; k < count; k++) {
            int j = (first + k) % size;
            returned[k] = this.products[j];
            int quantity = this.quantities[j];
            returnedQuantities[k] = this.random.nextDouble() < 0.8 ? quantity : Math.max(1, quantity / 2);
        }
        int delay = 1 + (int) RandomDraws.exponential(this.random, MEAN_DAYS_TO_CANCEL);
        this.cancellations.file(day + delay, new Cancellation(customer, returned, returnedQuantities));
    }

    private void writeCancellation(Cancellation cancellation, String stamp) throws IOException {
        String invoice = "C" + this.nextInvoice++;
        String tail = this.customers.csvTail(cancellation.customer());
        for (int k = 0; k < cancellation.lines(); k++) {
            int product = cancellation.products()[k];
            int quantity = -cancellation.quantities()[k];
            if (product < 0) {
                this.text.appendLine(invoice, POSTAGE_HEAD, quantity, stamp, POSTAGE_PRICE, tail);
            }
            else {
                this.text.appendLine(invoice, this.catalogue.csvHead(product), quantity, stamp,
                        this.catalogue.priceText(product), tail);
            }
        }
        this.text.flushIfFull();
    }
}

package io.segmentation.demo;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The generated customers: id, country, how often they buy, basket size, first trading day and the day they lapse. */
final class CustomerBase {

    /** The first CustomerID, as in the real data. */
    static final int FIRST_ID = 12346;

    /** A last day for customers who never lapse. */
    static final int NEVER = Integer.MAX_VALUE;

    // Spread of log activity: most customers order once to three times, a few dozens of times.
    private static final double ACTIVITY_SIGMA = 1.3;

    // The log-normal tail is cut so that no single customer buys most days of the year.
    private static final double MAX_ACTIVITY = 40;

    private static final double BASKET_SIGMA = 0.5;

    // About a third of customers were already buying when the period starts; the rest join over the year.
    private static final double EARLY_SHARE = 0.33;

    private static final double EARLY_PERIOD_SHARE = 0.08;

    private static final double LAPSE_SHARE = 0.45;

    private static final double MEAN_DAYS_BEFORE_LAPSE = 90;

    private final String[] csvTail;

    private final boolean[] home;

    private final double[] activity;

    private final double[] basketScale;

    private final int[] firstDay;

    private final int[] lastDay;

    private final int[] byFirstDay;

    CustomerBase(int count, ShopCalendar calendar, SplittableRandom random) {
        this(count, calendar, random, "");
    }

    /** @param idPrefix written before each id; with one, the id has no {@code .0} (it is no float any more) */
    CustomerBase(int count, ShopCalendar calendar, SplittableRandom random, String idPrefix) {
        this.csvTail = new String[count];
        this.home = new boolean[count];
        this.activity = new double[count];
        this.basketScale = new double[count];
        this.firstDay = new int[count];
        this.lastDay = new int[count];
        int id = FIRST_ID;
        for (int c = 0; c < count; c++) {
            int country = CountryMix.draw(random);
            this.csvTail[c] = "," + idPrefix + id + (idPrefix.isEmpty() ? ".0," : ",") + CountryMix.name(country) + "\n";
            this.home[c] = country == 0;
            this.activity[c] = Math.min(MAX_ACTIVITY, RandomDraws.logNormal(random, 0, ACTIVITY_SIGMA))
                    * CountryMix.activity(country);
            this.basketScale[c] = RandomDraws.logNormal(random, -BASKET_SIGMA * BASKET_SIGMA / 2, BASKET_SIGMA);
            boolean early = random.nextDouble() < EARLY_SHARE;
            this.firstDay[c] = calendar.drawDay(random, early ? EARLY_PERIOD_SHARE : 1.0);
            this.lastDay[c] = random.nextDouble() < LAPSE_SHARE
                    ? this.firstDay[c] + 1 + (int) RandomDraws.exponential(random, MEAN_DAYS_BEFORE_LAPSE) : NEVER;
            id += random.nextDouble() < 0.35 ? 2 : 1; // the real ids have gaps
        }
        this.byFirstDay = IntStream.range(0, count).boxed()
            .sorted(Comparator.comparingInt((Integer c) -> this.firstDay[c]).thenComparingInt(c -> c))
            .mapToInt(Integer::intValue)
            .toArray();
    }

    /** Number of customers. */
    int size() {
        return this.csvTail.length;
    }

    /** {@code ,CustomerID,Country} and the line end, e.g. {@code ,12923.0,United Kingdom\n}. */
    String csvTail(int customer) {
        return this.csvTail[customer];
    }

    /** Whether the customer lives in the United Kingdom. */
    boolean home(int customer) {
        return this.home[customer];
    }

    /** Relative order rate of the customer, > 0. */
    double activity(int customer) {
        return this.activity[customer];
    }

    /** Factor on the customer's basket size, mean 1. */
    double basketScale(int customer) {
        return this.basketScale[customer];
    }

    /** Index of the day the customer first buys. */
    int firstDay(int customer) {
        return this.firstDay[customer];
    }

    /** Index of the last day the customer buys, or {@link #NEVER}. */
    int lastDay(int customer) {
        return this.lastDay[customer];
    }

    /** The customer who is {@code rank}-th to make a first purchase. */
    int byFirstDay(int rank) {
        return this.byFirstDay[rank];
    }
}

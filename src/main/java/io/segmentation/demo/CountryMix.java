package io.segmentation.demo;

import java.util.SplittableRandom;

/** The countries customers live in, with their shares of customers and how much more than a UK customer they buy. */
final class CountryMix {

    static final String HOME = "United Kingdom";

    // Shares of customers from the real data (about 90% in the UK); a couple of countries hold few but very
    // active wholesale customers (EIRE, the Netherlands), hence the activity factor.
    private static final String[] NAMES = { HOME, "Germany", "France", "EIRE", "Spain", "Netherlands", "Belgium",
            "Switzerland", "Portugal", "Australia", "Italy", "Norway", "Finland", "Channel Islands", "Austria",
            "Denmark", "Sweden", "Japan", "Cyprus", "Poland", "USA", "Canada", "Israel", "Iceland" };

    private static final double[] CUSTOMER_SHARE = { 0.900, 0.022, 0.020, 0.004, 0.007, 0.004, 0.0055, 0.005,
            0.0055, 0.003, 0.0035, 0.0025, 0.0025, 0.0022, 0.002, 0.002, 0.002, 0.0018, 0.0015, 0.0015, 0.0010,
            0.0010, 0.0010, 0.0005 };

    private static final double[] ACTIVITY = { 1.0, 1.3, 1.2, 3.0, 1.0, 2.0, 1.2, 1.2, 1.0, 1.5, 1.0, 1.2, 1.0,
            1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 };

    private static final double[] CUMULATIVE_SHARE = RandomDraws.cumulative(CUSTOMER_SHARE);

    // Lines without a CustomerID come almost all from the UK.
    private static final String[] GUEST_NAMES = { HOME, "EIRE", "Hong Kong", "France", "Switzerland", "Unspecified" };

    private static final double[] CUMULATIVE_GUEST_SHARE = RandomDraws.cumulative(
            new double[] { 0.955, 0.012, 0.010, 0.008, 0.008, 0.007 });

    private CountryMix() {
    }

    /** Index of a customer's country, drawn by share of customers. */
    static int draw(SplittableRandom random) {
        return RandomDraws.pick(CUMULATIVE_SHARE, NAMES.length, random.nextDouble());
    }

    /** Name of the country at an index from {@link #draw}. */
    static String name(int country) {
        return NAMES[country];
    }

    /** How much more often than a UK customer a customer of this country orders. */
    static double activity(int country) {
        return ACTIVITY[country];
    }

    /** Country of an invoice without a CustomerID. */
    static String drawGuestCountry(SplittableRandom random) {
        return GUEST_NAMES[RandomDraws.pick(CUMULATIVE_GUEST_SHARE, GUEST_NAMES.length, random.nextDouble())];
    }
}

package io.segmentation.clv;

/**
 * How lifetime value is summed: over a horizon in days, in months of 30 days, discounted per month.
 *
 * @param horizonDays         days ahead, >= 1 (365 by default)
 * @param monthlyDiscountRate discount rate per 30-day month, >= 0 (0.01 by default)
 */
public record LifetimeValueOptions(int horizonDays, double monthlyDiscountRate) {

    /** Days per month, as lifetimes' {@code customer_lifetime_value} with {@code freq="D"}. */
    public static final int DAYS_PER_MONTH = 30;

    /** @throws IllegalArgumentException when the horizon is < 1 day or the rate negative or not finite */
    public LifetimeValueOptions {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("lifetime value horizon must be >= 1 day, got " + horizonDays);
        }
        if (!(monthlyDiscountRate >= 0) || !Double.isFinite(monthlyDiscountRate)) {
            throw new IllegalArgumentException("monthly discount rate must be finite and >= 0, got "
                    + monthlyDiscountRate);
        }
    }

    /** 365 days at 1 % a month. */
    public static LifetimeValueOptions defaults() {
        return new LifetimeValueOptions(365, 0.01);
    }

    /** Periods summed: ceil(horizonDays / 30), the last one partial when the horizon is not whole months. */
    public int periods() {
        return (horizonDays + DAYS_PER_MONTH - 1) / DAYS_PER_MONTH;
    }

    /** Day at which period k (1-based) ends: min(30 k, horizonDays). */
    public int periodEndDay(int k) {
        return Math.min(DAYS_PER_MONTH * k, horizonDays);
    }

    /** The discount factor of period k: 1 / (1 + rate)^(periodEndDay(k) / 30); a partial month counts its fraction. */
    public double discount(int k) {
        return Math.pow(1 + monthlyDiscountRate, -(double) periodEndDay(k) / DAYS_PER_MONTH);
    }
}

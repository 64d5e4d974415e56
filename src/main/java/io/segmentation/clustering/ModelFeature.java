package io.segmentation.clustering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One feature of a model: the input it reads and the transform applied before scaling. A feature named
 * {@code log1p(monetary)} reads the input {@code monetary} and takes {@code ln(1 + x)}; any other name is read as is.
 *
 * @param name  the feature name as stored in the model, e.g. {@code log1p(recencyDays)} or {@code Income}
 * @param input the input key callers send, e.g. {@code recencyDays}
 * @param log1p whether {@code ln(1 + x)} is applied
 */
public record ModelFeature(String name, String input, boolean log1p) {

    private static final Pattern LOG1P = Pattern.compile("log1p\\((.+)\\)");

    /** Parses a stored feature name. */
    public static ModelFeature parse(String name) {
        Matcher m = LOG1P.matcher(name.trim());
        return m.matches() ? new ModelFeature(name.trim(), m.group(1).trim(), true) : new ModelFeature(name.trim(), name.trim(), false);
    }

    /** The transformed value of an input value. */
    public double apply(double value) {
        return log1p ? Math.log1p(value) : value;
    }

    /** The input value of a transformed value (the inverse of {@link #apply}). */
    public double invert(double value) {
        return log1p ? Math.expm1(value) : value;
    }
}

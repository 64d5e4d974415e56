package io.segmentation.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.segmentation.ingestion.MissingColumnsException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a customer-attributes table into training rows (pure). A feature is a column read as a number, or one of two
 * derived features: {@code Age} = reference year - {@code Year_Birth}, and {@code TotalSpending} = the sum of every
 * {@code Mnt*} column (the marketing-campaign data has six). A column of text (no cell a number, e.g.
 * {@code Education}) is one-hot encoded. A row where a feature is empty or not a number is dropped and counted under
 * the first such feature, or has the value filled in with the feature's median or mean and is counted as imputed.
 */
final class AttributeFeatures {

    /** The marketing-campaign feature set of the seed analysis. */
    static final List<String> MARKETING_CAMPAIGN = List.of("Age", "Income", "TotalSpending", "NumWebPurchases",
            "NumStorePurchases", "NumWebVisitsMonth", "Recency");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private AttributeFeatures() {
    }

    /**
     * Training rows of a table.
     *
     * @param rows          one row per kept customer, one value per feature
     * @param droppedRows   dropped rows by the first feature that was missing or not a number
     * @param referenceYear the year Age was computed against (null when Age was not derived)
     * @param features      the feature inputs in row order: the chosen features, a categorical one replaced by one
     *                      {@code column=category} input per category
     * @param imputedRows   rows whose value was filled in, per chosen feature (empty when dropping)
     * @param imputedValues the value each imputed input was filled with
     * @param categories    per one-hot encoded column, its categories in input order
     */
    record Extracted(double[][] rows, Map<String, Long> droppedRows, @Nullable Integer referenceYear,
                     List<String> features, Map<String, Long> imputedRows, Map<String, Double> imputedValues,
                     Map<String, List<String>> categories) {
    }

    /** Categories a one-hot encoded column may have. */
    static final int MAX_CATEGORIES = 50;

    /** As {@link #extract(AttributeTable, List, Integer, int, MissingValues)}, dropping rows with a missing value. */
    static Extracted extract(AttributeTable table, List<String> features, @Nullable Integer referenceYear,
                             int fallbackYear) {
        return extract(table, features, referenceYear, fallbackYear, MissingValues.DROP);
    }

    /**
     * A column of the file whose every non-empty cell is text (no cell a number) is categorical: it is one-hot
     * encoded into one 0/1 input {@code column=category} per distinct value, sorted; an empty cell is missing.
     *
     * @param referenceYear year for Age; null: the latest year in a {@code Dt_Customer} column, else {@code fallbackYear}
     * @param missing       drop a row with a missing value, or fill it with the feature's median or mean
     * @throws MissingColumnsException  when a feature's column (or Year_Birth, or any Mnt* column) is absent
     * @throws IllegalArgumentException when a categorical column has more than {@link #MAX_CATEGORIES} categories, or
     *                                  a feature to impute has no value in any row
     */
    static Extracted extract(AttributeTable table, List<String> features, @Nullable Integer referenceYear,
                             int fallbackYear, MissingValues missing) {
        List<String> absent = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        boolean derivesAge = false;
        for (String feature : features) {
            int direct = table.column(feature);
            if (direct >= 0) {
                columns.add(new int[] {direct});
            } else if (feature.equalsIgnoreCase("Age") && table.column("Year_Birth") >= 0) {
                columns.add(new int[] {table.column("Year_Birth")});
                derivesAge = true;
            } else if (feature.equalsIgnoreCase("TotalSpending") && !mntColumns(table).isEmpty()) {
                columns.add(mntColumns(table).stream().mapToInt(Integer::intValue).toArray());
            } else {
                absent.add(feature);
                columns.add(new int[0]);
            }
        }
        if (!absent.isEmpty()) {
            throw new MissingColumnsException("The attributes file has no column for " + absent + "; its columns are "
                    + table.header() + ". Age needs Year_Birth; TotalSpending needs Mnt* columns.", absent);
        }
        Integer year = derivesAge ? (referenceYear != null ? referenceYear : latestYear(table, fallbackYear)) : null;
        Map<String, List<String>> categories = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            List<String> values = table.column(features.get(f)) >= 0 ? categoriesOf(table, columns.get(f)[0]) : null;
            if (values != null) {
                if (values.size() > MAX_CATEGORIES) {
                    throw new IllegalArgumentException("Column " + features.get(f) + " is categorical with "
                            + values.size() + " categories; one-hot encoding takes at most " + MAX_CATEGORIES + ".");
                }
                categories.put(features.get(f), values);
                for (String value : values) {
                    inputs.add(features.get(f) + "=" + value);
                    owner.add(f);
                }
            } else {
                inputs.add(features.get(f));
                owner.add(f);
            }
        }
        List<double[]> raw = new ArrayList<>(table.rows().size());
        for (List<String> cells : table.rows()) {
            double[] row = new double[inputs.size()];
            int at = 0;
            for (int f = 0; f < features.size(); f++) {
                List<String> values = categories.get(features.get(f));
                if (values != null) {
                    String cell = cell(cells, columns.get(f)[0]);
                    for (String value : values) {
                        row[at++] = cell.isEmpty() ? Double.NaN : cell.equals(value) ? 1 : 0;
                    }
                    continue;
                }
                double sum = 0;
                for (int column : columns.get(f)) {
                    sum += number(cell(cells, column));
                }
                boolean age = derivesAge && features.get(f).equalsIgnoreCase("Age") && table.column("Age") < 0;
                row[at++] = age ? year - sum : sum;
            }
            raw.add(row);
        }
        Map<String, Long> dropped = new LinkedHashMap<>();
        Map<String, Long> imputed = new LinkedHashMap<>();
        Map<String, Double> fills = new LinkedHashMap<>();
        List<double[]> kept = new ArrayList<>(raw.size());
        double[] fill = missing == MissingValues.DROP ? null : fills(raw, inputs, missing);
        for (double[] row : raw) {
            String first = null;
            java.util.Set<String> filled = new java.util.LinkedHashSet<>();
            for (int i = 0; i < row.length; i++) {
                if (!Double.isFinite(row[i])) {
                    first = first == null ? features.get(owner.get(i)) : first;
                    if (fill != null) {
                        row[i] = fill[i];
                        fills.put(inputs.get(i), fill[i]);
                        filled.add(features.get(owner.get(i)));
                    }
                }
            }
            if (first == null || fill != null) {
                kept.add(row);
                filled.forEach(feature -> imputed.merge(feature, 1L, Long::sum));
            } else {
                dropped.merge(first, 1L, Long::sum);
            }
        }
        return new Extracted(kept.toArray(new double[0][]), dropped, year, inputs, imputed, fills, categories);
    }

    /** Per input, the median or mean of its finite values over the rows. */
    private static double[] fills(List<double[]> rows, List<String> inputs, MissingValues missing) {
        double[] fill = new double[inputs.size()];
        for (int i = 0; i < fill.length; i++) {
            int at = i;
            double[] values = rows.stream().mapToDouble(r -> r[at]).filter(Double::isFinite).sorted().toArray();
            if (values.length == 0) {
                throw new IllegalArgumentException("Feature " + inputs.get(i) + " has no value in any row, so there is"
                        + " no " + missing.id() + " to impute; leave it out.");
            }
            int n = values.length;
            fill[i] = missing == MissingValues.MEAN ? java.util.Arrays.stream(values).sum() / n
                    : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
        return fill;
    }

    /**
     * The sorted distinct non-empty cells of a column when none of them is a number (a categorical column), else null.
     */
    private static @Nullable List<String> categoriesOf(AttributeTable table, int column) {
        java.util.TreeSet<String> values = new java.util.TreeSet<>();
        for (List<String> cells : table.rows()) {
            String cell = cell(cells, column);
            if (cell.isEmpty()) {
                continue;
            }
            if (Double.isFinite(number(cell))) {
                return null;
            }
            values.add(cell);
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).trim() : "";
    }

    private static List<Integer> mntColumns(AttributeTable table) {
        List<Integer> mnt = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (table.header().get(i).toLowerCase(Locale.ROOT).startsWith("mnt")) {
                mnt.add(i);
            }
        }
        return mnt;
    }

    /** The latest four-digit year in a Dt_Customer column (the data's own "now"), else the fallback. */
    private static int latestYear(AttributeTable table, int fallback) {
        int column = table.column("Dt_Customer");
        int latest = -1;
        if (column >= 0) {
            for (List<String> cells : table.rows()) {
                Matcher m = YEAR.matcher(column < cells.size() ? cells.get(column) : "");
                while (m.find()) {
                    latest = Math.max(latest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return latest > 0 ? latest : fallback;
    }

    /** A cell as a number: currency signs, spaces and thousands commas are ignored; NaN when empty or not a number. */
    static double number(String cell) {
        String text = cell.trim().replace("$", "").replace(",", "").replace(" ", "");
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

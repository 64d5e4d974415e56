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
 * {@code Mnt*} column (the marketing-campaign data has six). A row where a feature is empty or not a number is
 * dropped and counted under the first such feature.
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
     */
    record Extracted(double[][] rows, Map<String, Long> droppedRows, @Nullable Integer referenceYear) {
    }

    /**
     * @param referenceYear year for Age; null: the latest year in a {@code Dt_Customer} column, else {@code fallbackYear}
     * @throws MissingColumnsException when a feature's column (or Year_Birth, or any Mnt* column) is absent
     */
    static Extracted extract(AttributeTable table, List<String> features, @Nullable Integer referenceYear,
                             int fallbackYear) {
        List<String> missing = new ArrayList<>();
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
                missing.add(feature);
                columns.add(new int[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException("The attributes file has no column for " + missing + "; its columns are "
                    + table.header() + ". Age needs Year_Birth; TotalSpending needs Mnt* columns.", missing);
        }
        Integer year = derivesAge ? (referenceYear != null ? referenceYear : latestYear(table, fallbackYear)) : null;
        Map<String, Long> dropped = new LinkedHashMap<>();
        List<double[]> kept = new ArrayList<>(table.rows().size());
        for (List<String> cells : table.rows()) {
            double[] row = new double[features.size()];
            String bad = null;
            for (int f = 0; f < features.size() && bad == null; f++) {
                double sum = 0;
                for (int column : columns.get(f)) {
                    double value = number(column < cells.size() ? cells.get(column) : "");
                    sum += value;
                }
                boolean age = derivesAge && features.get(f).equalsIgnoreCase("Age") && table.column("Age") < 0;
                row[f] = age ? year - sum : sum;
                if (!Double.isFinite(row[f])) {
                    bad = features.get(f);
                }
            }
            if (bad == null) {
                kept.add(row);
            } else {
                dropped.merge(bad, 1L, Long::sum);
            }
        }
        return new Extracted(kept.toArray(new double[0][]), dropped, year);
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

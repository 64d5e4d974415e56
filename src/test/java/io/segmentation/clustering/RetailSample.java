package io.segmentation.clustering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Online Retail sample as scaled log1p(R), log1p(F), log1p(M) rows, computed here independently of the service's
 * ingestion (customer id present, no cancelled invoice, quantity and price > 0, exact duplicate lines once).
 */
final class RetailSample {

    private RetailSample() {
    }

    /** Raw R (days), F (orders), M (spend) per customer, sorted by customer id. */
    static double[][] rfm(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> orders = new TreeMap<>();
        Map<String, Double> spend = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        LocalDate latest = LocalDate.MIN;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = split(line);
            if (f.size() < 8 || f.get(6).isBlank() || f.get(0).startsWith("C") || !seen.add(line)) {
                continue;
            }
            double quantity = Double.parseDouble(f.get(3));
            double price = Double.parseDouble(f.get(5));
            if (quantity <= 0 || price <= 0) {
                continue;
            }
            String customer = f.get(6).replace(".0", "");
            LocalDate day = LocalDate.parse(f.get(4).substring(0, 10));
            latest = day.isAfter(latest) ? day : latest;
            orders.computeIfAbsent(customer, c -> new HashSet<>()).add(f.get(0));
            spend.merge(customer, quantity * price, Double::sum);
            last.merge(customer, day, (a, b) -> a.isAfter(b) ? a : b);
        }
        LocalDate asOf = latest.plusDays(1);
        double[][] rows = new double[orders.size()][];
        int i = 0;
        for (Map.Entry<String, Set<String>> e : orders.entrySet()) {
            rows[i++] = new double[] { ChronoUnit.DAYS.between(last.get(e.getKey()), asOf), e.getValue().size(),
                    spend.get(e.getKey()) };
        }
        return rows;
    }

    /** log1p of every value, z-scored per column with the population standard deviation. */
    static double[][] scaledLog1p(double[][] rows) {
        double[][] t = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            t[i] = new double[rows[i].length];
            for (int f = 0; f < rows[i].length; f++) {
                t[i][f] = Math.log1p(rows[i][f]);
            }
        }
        return StandardScaler.fit(t).transformAll(t);
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}

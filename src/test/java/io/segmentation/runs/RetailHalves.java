package io.segmentation.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import io.segmentation.SharedData;

/** The Online Retail sample split at 2011-07-01: the orders before, and the orders from then on. */
final class RetailHalves {

    private RetailHalves() {
    }

    static String before() {
        return part(true);
    }

    static String after() {
        return part(false);
    }

    private static String part(boolean before) {
        try {
            List<String> lines = Files.readAllLines(SharedData.file("online_retail_sample_30k.csv"));
            StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                // InvoiceDate is the fifth column; descriptions may hold commas, so find it from the end
                String[] cells = line.split(",");
                String date = cells[cells.length - 4];
                if (date.compareTo("2011-07-01") < 0 == before) {
                    text.append(line).append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.segmentation.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One generated CSV line split back into its eight fields, honouring RFC 4180 quotes. */
record PurchaseLine(String invoiceNo, String stockCode, String description, int quantity, String invoiceDate,
        String unitPrice, String customerId, String country) {

    /** Whether the line belongs to a cancellation invoice. */
    boolean cancellation() {
        return this.invoiceNo.startsWith("C");
    }

    /** Whether the line has no CustomerID. */
    boolean guest() {
        return this.customerId.isEmpty();
    }

    /** Parses a data line; fails the test when it does not have exactly eight fields. */
    static PurchaseLine parse(String line) {
        List<String> fields = split(line);
        if (fields.size() != 8) {
            throw new AssertionError("expected 8 fields but got " + fields.size() + " in: " + line);
        }
        return new PurchaseLine(fields.get(0), fields.get(1), fields.get(2), Integer.parseInt(fields.get(3)),
                fields.get(4), fields.get(5), fields.get(6), fields.get(7));
    }

    /** Splits a CSV line on commas outside quotes, undoubling quotes inside quoted fields. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"' && field.length() == 0) {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new AssertionError("unterminated quote in: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    /** The whole generated text for some options. */
    static String generate(OnlineRetailGenerator.Options options) {
        StringWriter out = new StringWriter();
        try {
            new OnlineRetailGenerator().write(out, options);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** The generated data lines for some options, parsed. */
    static List<PurchaseLine> generateLines(OnlineRetailGenerator.Options options) {
        String[] rows = generate(options).split("\n");
        List<PurchaseLine> lines = new ArrayList<>(rows.length);
        for (int i = 1; i < rows.length; i++) {
            lines.add(parse(rows[i]));
        }
        return lines;
    }
}

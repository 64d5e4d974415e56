package io.segmentation.segments;

/**
 * Neutralises text cells of CSV exports against formula injection (OWASP): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String text(@org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}

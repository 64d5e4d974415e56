package io.segmentation.rfm;

/** An inclusive range of scores, written {@code "4-5"}, {@code "3"} or {@code "any"}. */
public record IntRange(int min, int max) {

    public static final IntRange ANY = new IntRange(1, 5);

    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("range " + min + "-" + max + " is empty");
        }
    }

    /** Parses {@code "4-5"}, {@code "3"} or {@code "any"}; throws IllegalArgumentException otherwise. */
    public static IntRange parse(String text) {
        String s = text.trim();
        if (s.equalsIgnoreCase("any")) {
            return ANY;
        }
        try {
            int dash = s.indexOf('-');
            if (dash < 0) {
                int v = Integer.parseInt(s);
                return new IntRange(v, v);
            }
            return new IntRange(Integer.parseInt(s.substring(0, dash).trim()), Integer.parseInt(s.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a score range such as 4-5, 3 or any");
        }
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        if (min == 1 && max == 5) {
            return "any";
        }
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}

package io.segmentation.web;

import java.util.List;
import java.util.Map;

/** A request carried query parameters its endpoint does not read; they would otherwise be silently ignored. */
class UnknownParameterException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("unknown-parameter", "Unknown query parameter", 400);

    private final List<String> unknown;
    private final List<String> known;

    UnknownParameterException(String endpoint, List<String> unknown, List<String> known) {
        super(TYPE, endpoint + " has no parameter" + (unknown.size() == 1 ? " '" + unknown.get(0) + "'"
                : "s " + unknown.stream().map(n -> "'" + n + "'").toList()) + "; "
                + (known.isEmpty() ? "it takes none." : "it takes " + String.join(", ", known) + ".")
                + " Remove or correct it.");
        this.unknown = List.copyOf(unknown);
        this.known = List.copyOf(known);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("unknownParameters", unknown, "knownParameters", known);
    }
}

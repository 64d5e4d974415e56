package io.segmentation.dashboard;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Thrown when top products are asked for an RFM segment the published run does not have. */
class UnknownRfmSegmentException extends ServiceException {

    private final List<String> known;

    UnknownRfmSegmentException(String segment, Collection<String> known) {
        super(ProblemType.NOT_FOUND, "No RFM segment '" + segment + "' in the published run; send one of "
                + String.join(", ", known.stream().sorted().toList()) + ".");
        this.known = known.stream().sorted().toList();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("knownSegments", known);
    }
}

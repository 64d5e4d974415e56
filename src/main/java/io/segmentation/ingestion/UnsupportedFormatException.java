package io.segmentation.ingestion;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The upload is neither CSV nor XLSX (for example a legacy .xls workbook). */
public class UnsupportedFormatException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("unsupported-format", "Unsupported file format", 415);

    public UnsupportedFormatException(String message) {
        super(TYPE, message);
    }
}

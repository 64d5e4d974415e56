package io.segmentation.ingestion;

import java.util.List;

/** Receives the rows of a table as they are read; the first row is the header. */
@FunctionalInterface
interface RowHandler {

    /**
     * @param line   1-based line (CSV) or row (XLSX) number where the row starts
     * @param fields cell texts, never null (an empty cell is "")
     */
    void row(long line, List<String> fields);
}

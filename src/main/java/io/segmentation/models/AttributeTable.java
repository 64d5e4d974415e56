package io.segmentation.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.segmentation.ingestion.EmptyFileException;
import io.segmentation.ingestion.ReadLimits;
import io.segmentation.ingestion.TableFiles;
import io.segmentation.ingestion.UnreadableFileException;
import io.segmentation.ingestion.UnsupportedFormatException;

/**
 * A customer-attributes table (one row per customer) read whole from CSV (FastCSV; UTF-8 with or without BOM,
 * {@code ,} {@code ;} or tab detected from the header) or from the first sheet of an XLSX workbook.
 *
 * @param header column names
 * @param rows   cell texts per data row ("" for an empty cell)
 */
record AttributeTable(List<String> header, List<List<String>> rows) {

    /**
     * Reads a file by its name's extension ({@code .xlsx}, else CSV).
     *
     * @throws UnsupportedFormatException for a legacy {@code .xls} workbook
     * @throws UnreadableFileException   when the bytes are not a readable table
     * @throws EmptyFileException        when there is no data row
     */
    static AttributeTable read(Path file, String fileName) throws IOException {
        List<List<String>> all = TableFiles.readAll(file, fileName, ReadLimits.withLineLength(65_536)).stream()
                .map(row -> row.stream().map(String::trim).toList()).toList();
        if (all.size() < 2) {
            throw new EmptyFileException("The attributes file has no data rows; it needs a header and one row per customer.");
        }
        List<String> header = all.get(0).stream().map(String::trim).toList();
        return new AttributeTable(header, all.subList(1, all.size()));
    }

    /** The index of a column by case-insensitive name, or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}

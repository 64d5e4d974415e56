package io.segmentation.ingestion;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of an uploaded file (saved to disk first) to a handler without holding the file in memory. */
interface TableReader {

    /** Reads every row; throws {@link UnreadableFileException} when the bytes are not a readable table. */
    void read(Path file, RowHandler handler) throws IOException;

    /** Bytes of the file read so far, for progress; -1 when the reader cannot tell (a compressed workbook). */
    default long bytesRead() {
        return -1;
    }
}

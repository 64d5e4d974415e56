/**
 * Ingestion: the upload endpoint, CSV and XLSX readers, column layouts and the parsing of rows into purchase lines.
 */
@NullMarked
package io.segmentation.ingestion;

import org.jspecify.annotations.NullMarked;

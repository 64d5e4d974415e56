package io.segmentation.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.segmentation.SharedData;
import io.segmentation.ingestion.MissingColumnsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeFeaturesTests {

    @TempDir
    Path dir;

    @Test
    void theMarketingCampaignFileGives2216RowsWithIncomeAndDerivedFeatures() throws IOException {
        AttributeTable table = AttributeTable.read(SharedData.file("marketing_campaign.csv"), "marketing_campaign.csv");
        assertThat(table.rows()).hasSize(2_240);
        assertThat(table.header().get(0)).isEqualTo("ID");
        AttributeFeatures.Extracted data = AttributeFeatures.extract(table, AttributeFeatures.MARKETING_CAMPAIGN, null, 2030);
        assertThat(data.rows()).hasNumberOfRows(2_216);
        assertThat(data.droppedRows()).containsExactly(java.util.Map.entry("Income", 24L));
        assertThat(data.referenceYear()).isEqualTo(2014);
        // the first customer (ID 5524): born 1957, income 58138, Mnt* 635+88+546+172+88+88 = 1617, 8 web, 4 store, 7 visits, recency 58
        assertThat(data.rows()[0]).containsExactly(57, 58_138, 1_617, 8, 4, 7, 58);
    }

    @Test
    void rowsMissingAFeatureAreDroppedAndCountedUnderThatFeature() throws IOException {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "\uFEFFID;Year_Birth;Income;MntA;MntB\r\n1;1980;50000;10;5\r\n2;1990;;1;1\r\n3;abc;1;1;1\r\n",
                StandardCharsets.UTF_8);
        AttributeTable table = AttributeTable.read(csv, "people.csv");
        AttributeFeatures.Extracted data = AttributeFeatures.extract(table, List.of("Age", "Income", "TotalSpending"), 2020, 2030);
        assertThat(data.rows()).hasNumberOfRows(1);
        assertThat(data.rows()[0]).containsExactly(40, 50_000, 15);
        assertThat(data.droppedRows()).containsEntry("Income", 1L).containsEntry("Age", 1L);
    }

    @Test
    void anXlsxSheetIsReadLikeACsv() throws IOException {
        Path xlsx = dir.resolve("people.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("customers");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Year_Birth");
            header.createCell(1).setCellValue("Income");
            header.createCell(2).setCellValue("Recency");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(1970);
            row.createCell(1).setCellValue(61_250.5);
            row.createCell(2).setCellValue(12);
            var gap = sheet.createRow(2);
            gap.createCell(0).setCellValue(1985);
            gap.createCell(2).setCellValue(3);
            workbook.write(out);
        }
        AttributeTable table = AttributeTable.read(xlsx, "people.xlsx");
        AttributeFeatures.Extracted data = AttributeFeatures.extract(table, List.of("Age", "Income", "Recency"), null, 2024);
        assertThat(data.referenceYear()).isEqualTo(2024);
        assertThat(data.rows()).hasNumberOfRows(1);
        assertThat(data.rows()[0]).containsExactly(54, 61_250.5, 12);
        assertThat(data.droppedRows()).containsEntry("Income", 1L);
    }

    @Test
    void aBrokenWorkbookIsUnreadableNotAnInternalError() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        assertThatThrownBy(() -> AttributeTable.read(broken, "broken.xlsx"))
                .isInstanceOf(io.segmentation.ingestion.UnreadableFileException.class);
    }

    @Test
    void anUnknownFeatureNamesTheMissingColumns() throws IOException {
        Path csv = dir.resolve("few.csv");
        Files.writeString(csv, "ID,Income\n1,3\n", StandardCharsets.UTF_8);
        AttributeTable table = AttributeTable.read(csv, "few.csv");
        assertThatThrownBy(() -> AttributeFeatures.extract(table, List.of("Income", "Age", "Shoe"), null, 2030))
                .isInstanceOf(MissingColumnsException.class)
                .satisfies(e -> assertThat(((MissingColumnsException) e).missingColumns()).containsExactly("Age", "Shoe"));
    }
}

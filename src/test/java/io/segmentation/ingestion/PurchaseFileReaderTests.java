package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.segmentation.cleaning.CleaningReport;
import io.segmentation.cleaning.RejectionReason;
import io.segmentation.cleaning.RowError;
import io.segmentation.purchases.Order;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@link PurchaseFileReader}: read, parse, clean and fold a small file end to end. */
class PurchaseFileReaderTests {

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    /** One line per rejection reason between four kept lines. */
    private static final String MIXED = HEADER
            + "536365,85123A,HEART,6,12/1/2010 8:26,2.55,17850.0,United Kingdom\n" // 2 kept
            + "536365,71053,LANTERN,8,12/1/2010 8:26,2.75,17850.0,United Kingdom\n" // 3 kept, same order
            + "536365,85123A,HEART,6,12/1/2010 8:26,2.55,17850.0,United Kingdom\n" // 4 duplicate of 2
            + "C536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom\n" // 5 cancelled
            + "536380,22633,HAND WARMER,0,12/1/2010 9:41,1.85,14527,United Kingdom\n" // 6 quantity 0
            + "536381,22632,HAND WARMER,2,12/1/2010 9:45,0,14527,United Kingdom\n" // 7 price 0
            + "536382,22745,POPPY,2,12/1/2010 9:45,1.50,,United Kingdom\n" // 8 no customer
            + "536383,22748,POPPY,2,yesterday,1.50,14527,United Kingdom\n" // 9 bad date
            + "536384,22749,FELT,3,12/2/2010 10:00,5.00,14527,United Kingdom\n" // 10 kept
            + "536385,22750,DOLL,1,2010-12-03 11:00:00,10.00,12347,Iceland\n"; // 11 kept

    @TempDir
    Path dir;

    private final PurchaseFileReader reader = new PurchaseFileReader(ZoneOffset.UTC, 100, 65_536);

    private Path csv(String text) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static UploadOptions outliersRemoved(boolean removeOutliers) {
        return new UploadOptions(null, null, ColumnOverrides.none(), removeOutliers);
    }

    @Test
    void countsEachRejectionReasonOnce() throws IOException {
        CleaningReport report = reader.read(csv(MIXED), "csv", UploadOptions.defaults()).cleaning();

        assertThat(report.read()).isEqualTo(10);
        assertThat(report.accepted()).isEqualTo(4);
        assertThat(report.rejected()).isEqualTo(6);
        assertThat(report.rejectedByReason()).containsOnly(entry(RejectionReason.UNPARSEABLE, 1L),
                entry(RejectionReason.MISSING_CUSTOMER_ID, 1L), entry(RejectionReason.CANCELLED, 1L),
                entry(RejectionReason.NON_POSITIVE_QUANTITY, 1L), entry(RejectionReason.NON_POSITIVE_PRICE, 1L),
                entry(RejectionReason.DUPLICATE, 1L), entry(RejectionReason.OUTLIER, 0L));
    }

    @Test
    void listsTheRejectedLinesInFileOrder() throws IOException {
        CleaningReport report = reader.read(csv(MIXED), "csv", UploadOptions.defaults()).cleaning();

        assertThat(report.errors()).extracting(RowError::line, RowError::reason).containsExactly(
                tuple(4L, RejectionReason.DUPLICATE),
                tuple(5L, RejectionReason.CANCELLED),
                tuple(6L, RejectionReason.NON_POSITIVE_QUANTITY),
                tuple(7L, RejectionReason.NON_POSITIVE_PRICE),
                tuple(8L, RejectionReason.MISSING_CUSTOMER_ID),
                tuple(9L, RejectionReason.UNPARSEABLE));
        assertThat(report.errors().get(5).message()).startsWith("line 9 date 'yesterday'");
    }

    @Test
    void foldsTheKeptLinesIntoOrders() throws IOException {
        ParsedFile parsed = reader.read(csv(MIXED), "csv", UploadOptions.defaults());

        assertThat(parsed.format()).isEqualTo("csv");
        assertThat(parsed.layout()).isEqualTo("online-retail");
        assertThat(parsed.currency()).isNull();
        assertThat(parsed.customers()).isEqualTo(3);
        assertThat(parsed.orders()).extracting(Order::customerId, Order::orderId).containsExactly(
                tuple("17850", "536365"),
                tuple("14527", "536384"),
                tuple("12347", "536385"));
        Order first = parsed.orders().get(0);
        assertThat(first.amount()).isCloseTo(6 * 2.55 + 8 * 2.75, within(1e-9));
        assertThat(first.items()).isEqualTo(14);
        assertThat(first.lines()).isEqualTo(2);
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2010-12-01T08:26:00Z"));
        assertThat(first.country()).isEqualTo("United Kingdom");
        assertThat(parsed.orders().get(2).timestamp()).isEqualTo(Instant.parse("2010-12-03T11:00:00Z"));
    }

    @Test
    void capsTheListedErrorsButCountsEveryRejection() throws IOException {
        PurchaseFileReader capped = new PurchaseFileReader(ZoneOffset.UTC, 2, 65_536);

        CleaningReport report = capped.read(csv(MIXED), "csv", UploadOptions.defaults()).cleaning();

        assertThat(report.errors()).extracting(RowError::line).containsExactly(4L, 5L);
        assertThat(report.rejected()).isEqualTo(6);
    }

    /** Nine orders of 10..17 and one of 1,000 (two lines) for customer 1; IQR fences of the amounts: [6, 22]. */
    private static String withOneOutlier() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 8; i++) {
            csv.append("5000").append(i).append(",S,x,1,12/").append(i + 1).append("/2010 9:00,").append(10 + i)
                    .append(",").append(100 + i).append(",UK\n");
        }
        csv.append("600000,S,x,1,12/9/2010 9:00,400,1,UK\n");
        csv.append("600000,T,y,2,12/9/2010 9:00,300,1,UK\n");
        return csv.toString();
    }

    @Test
    void keepsOutliersByDefault() throws IOException {
        ParsedFile parsed = reader.read(csv(withOneOutlier()), "csv", outliersRemoved(false));

        assertThat(parsed.orders()).hasSize(9);
        assertThat(parsed.cleaning().rejectedByReason().get(RejectionReason.OUTLIER)).isZero();
        assertThat(parsed.cleaning().accepted()).isEqualTo(10);
    }

    @Test
    void removesOrdersOutsideTheIqrFencesWhenAsked() throws IOException {
        ParsedFile parsed = reader.read(csv(withOneOutlier()), "csv", outliersRemoved(true));

        assertThat(parsed.orders()).hasSize(8).noneMatch(o -> o.orderId().equals("600000"));
        CleaningReport report = parsed.cleaning();
        assertThat(report.rejectedByReason().get(RejectionReason.OUTLIER)).isEqualTo(2); // the order's two lines
        assertThat(report.accepted()).isEqualTo(8);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
        assertThat(parsed.customers()).isEqualTo(8);
    }

    @Test
    void readsAnOrderFileWithItsCurrencyAndCategories() throws IOException {
        String orders = "Customer_ID,Order_ID,Date,Total_Amount_LKR,Product_Category\n"
                + "C1,O1,2023-04-05,15000.50,Womens\n"
                + "C1,O2,2023-04-06 10:30:00,2500,Kids\n"
                + "C2,O1,2023-04-07T09:15:00+05:30,-10,Mens\n";

        ParsedFile parsed = reader.read(csv(orders), "csv", UploadOptions.defaults());

        assertThat(parsed.layout()).isEqualTo("orders");
        assertThat(parsed.currency()).isEqualTo("LKR");
        assertThat(parsed.orders()).hasSize(2);
        assertThat(parsed.orders().get(0).amountByCategory()).containsExactly(entry("Womens", 15000.50));
        assertThat(parsed.orders().get(0).items()).isEqualTo(1);
        assertThat(parsed.cleaning().rejectedByReason().get(RejectionReason.NON_POSITIVE_PRICE)).isEqualTo(1);
    }

    @Test
    void appliesAnExplicitDateFormat() throws IOException {
        String orders = "Customer_ID,Order_ID,Date,Total_Amount\nC1,O1,05.04.2023 10:30,10\n";
        var options = new UploadOptions(null, "dd.MM.yyyy HH:mm", ColumnOverrides.none(), false);

        ParsedFile parsed = reader.read(csv(orders), "csv", options);

        assertThat(parsed.orders().get(0).timestamp()).isEqualTo(Instant.parse("2023-04-05T10:30:00Z"));
    }

    @Test
    void readsAWorkbookLikeACsv() throws IOException {
        Path file = dir.resolve("orders.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] names = { "Order_ID", "Date", "Total_Amount", "Customer_ID" };
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row kept = sheet.createRow(1);
            kept.createCell(0).setCellValue(1001);
            kept.createCell(1).setCellValue(LocalDateTime.of(2011, 3, 4, 12, 0));
            kept.getCell(1).setCellStyle(dateStyle);
            kept.createCell(2).setCellValue(99.5);
            kept.createCell(3).setCellValue(12347);
            Row noCustomer = sheet.createRow(2);
            noCustomer.createCell(0).setCellValue(1002);
            noCustomer.createCell(1).setCellValue(LocalDateTime.of(2011, 3, 5, 12, 0));
            noCustomer.getCell(1).setCellStyle(dateStyle);
            noCustomer.createCell(2).setCellValue(10);
            workbook.write(out);
        }

        ParsedFile parsed = reader.read(file, "xlsx", UploadOptions.defaults());

        assertThat(parsed.format()).isEqualTo("xlsx");
        assertThat(parsed.orders()).singleElement().satisfies(order -> {
            assertThat(order.customerId()).isEqualTo("12347");
            assertThat(order.orderId()).isEqualTo("1001");
            assertThat(order.timestamp()).isEqualTo(Instant.parse("2011-03-04T12:00:00Z"));
            assertThat(order.amount()).isEqualTo(99.5);
        });
        // the empty last cell is a missing customer id, not a short row
        assertThat(parsed.cleaning().rejectedByReason()).contains(entry(RejectionReason.MISSING_CUSTOMER_ID, 1L),
                entry(RejectionReason.UNPARSEABLE, 0L));
    }

    @Test
    void failsOnAnEmptyFile() throws IOException {
        Path file = csv("");

        assertThatExceptionOfType(EmptyFileException.class)
                .isThrownBy(() -> reader.read(file, "csv", UploadOptions.defaults())).withMessageContaining("empty");
    }

    @Test
    void failsOnAHeaderWithoutRows() throws IOException {
        Path file = csv(HEADER);

        assertThatExceptionOfType(EmptyFileException.class)
                .isThrownBy(() -> reader.read(file, "csv", UploadOptions.defaults())).withMessageContaining("no data rows");
    }

    @Test
    void failsWhenNoRowCanBeParsed() throws IOException {
        Path file = csv(HEADER + "1,S,x,1,someday,1,2,UK\n2,S,x,one,12/1/2010 8:26,1,2,UK\n");

        var e = catchThrowableOfType(NoUsableRowsException.class, () -> reader.read(file, "csv", UploadOptions.defaults()));

        assertThat(e.getMessage()).contains("None of the 2 data rows");
        assertThat(e.errors()).extracting(RowError::line).containsExactly(2L, 3L);
    }

    @Test
    void failsOnAHeaderOfNoKnownLayout() throws IOException {
        Path file = csv("when,who,what\n2011-01-01,a,b\n");

        assertThatExceptionOfType(MissingColumnsException.class)
                .isThrownBy(() -> reader.read(file, "csv", UploadOptions.defaults()));
    }

    @Test
    void returnsNoOrdersWhenCleaningRemovesEveryRow() throws IOException {
        // every row parses but none survives cleaning: not an unusable file, just an empty result
        ParsedFile parsed = reader.read(csv(HEADER + "C1,S,x,1,12/1/2010 8:26,1,2,UK\n"), "csv", UploadOptions.defaults());

        assertThat(parsed.orders()).isEmpty();
        assertThat(parsed.cleaning().rejectedByReason()).containsEntry(RejectionReason.CANCELLED, 1L);
        assertThat(parsed.cleaning().rejectedByReason().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(parsed.cleaning().rejected());
        assertThat(parsed.cleaning().rejectedByReason()).hasSize(RejectionReason.values().length);
    }
}

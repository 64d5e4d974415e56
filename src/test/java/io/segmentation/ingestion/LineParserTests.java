package io.segmentation.ingestion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.segmentation.cleaning.PurchaseLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tests of {@link LineParser}. */
class LineParserTests {

    private static final List<String> RETAIL_HEADER = List.of("InvoiceNo", "StockCode", "Description", "Quantity",
            "InvoiceDate", "UnitPrice", "CustomerID", "Country");

    private static final List<String> ORDERS_HEADER = List.of("Customer_ID", "Order_ID", "Date", "Total_Amount_LKR",
            "Product_Category");

    private final LineParser retail = new LineParser(ColumnMapping.detect(RETAIL_HEADER, ColumnOverrides.none()),
            new DateParser(ZoneOffset.UTC, null));

    private final LineParser orders = new LineParser(ColumnMapping.detect(ORDERS_HEADER, ColumnOverrides.none()),
            new DateParser(ZoneOffset.UTC, null));

    private static List<String> retailRow(String invoice, String quantity, String date, String price, String customer) {
        return List.of(invoice, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", quantity, date, price, customer,
                "United Kingdom");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "12923.0, 12923",
            "12923.00, 12923",
            "12923, 12923",
            "12923.50, 12923.50",
            "12923.05, 12923.05",
            "CUST12, CUST12",
            "CUST12.0, CUST12.0",
            "-1.0, -1.0",
            ".0, .0" })
    void turnsSpreadsheetFloatIdsIntoIntegerIds(String raw, String expected) {
        assertThat(LineParser.customerId(raw)).isEqualTo(expected);
    }

    @Test
    void keepsANullCustomerIdNull() {
        assertThat(LineParser.customerId(null)).isNull();
    }

    @Test
    void parsesAnOnlineRetailLine() {
        PurchaseLine line = retail.parse(2, retailRow("536365", "6", "12/1/2010 8:26", "2.55", "17850.0"));

        assertThat(line.line()).isEqualTo(2);
        assertThat(line.customerId()).isEqualTo("17850");
        assertThat(line.orderId()).isEqualTo("536365");
        assertThat(line.cancelled()).isFalse();
        assertThat(line.timestamp()).isEqualTo(Instant.parse("2010-12-01T08:26:00Z"));
        assertThat(line.quantity()).isEqualTo(6);
        assertThat(line.price()).isEqualTo(2.55);
        assertThat(line.amount()).isEqualTo(6 * 2.55);
        assertThat(line.country()).isEqualTo("United Kingdom");
        assertThat(line.category()).isNull();
    }

    @Test
    void marksInvoicesStartingWithCAsCancelled() {
        assertThat(retail.parse(2, retailRow("C536379", "-1", "12/1/2010 9:41", "27.50", "14527")).cancelled()).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = { "", "  ", "NA", "na", "N/A", "nan", "NaN", "null", "NULL", "None" })
    void readsMissingMarkersAsNoCustomerId(String customer) {
        PurchaseLine line = retail.parse(3, retailRow("536365", "6", "12/1/2010 8:26", "2.55", customer));

        assertThat(line.customerId()).isNull();
    }

    @Test
    void parsesAnOrderLevelLineWithQuantityOne() {
        PurchaseLine line = orders.parse(2, List.of("C-0001", "ORD-9", "2023-04-05", "15000.50", "Womens"));

        assertThat(line.customerId()).isEqualTo("C-0001");
        assertThat(line.quantity()).isEqualTo(1);
        assertThat(line.price()).isEqualTo(15000.50);
        assertThat(line.category()).isEqualTo("Womens");
        // no cancel prefix in the order layout: an order id starting with C is an ordinary order
        assertThat(line.cancelled()).isFalse();
    }

    @Test
    void givesEqualRowsEqualFingerprintsAndOtherRowsOthers() {
        long a = retail.parse(2, retailRow("536365", "6", "12/1/2010 8:26", "2.55", "17850")).fingerprint();
        long b = retail.parse(9, retailRow("536365", "6", "12/1/2010 8:26", "2.55", "17850")).fingerprint();
        long c = retail.parse(3, retailRow("536365", "7", "12/1/2010 8:26", "2.55", "17850")).fingerprint();

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void rejectsARowWithTooFewFields() {
        assertThatThrownBy(() -> retail.parse(4, List.of("536365", "85123A", "x", "6")))
                .isInstanceOf(LineParser.RowException.class).hasMessage("has 4 fields, the header has 8");
    }

    @Test
    void rejectsARowWithoutOrderId() {
        assertThatThrownBy(() -> retail.parse(4, retailRow(" ", "6", "12/1/2010 8:26", "2.55", "17850")))
                .isInstanceOf(LineParser.RowException.class).hasMessage("has no order id");
    }

    @Test
    void rejectsABadDateNamingTheValue() {
        assertThatThrownBy(() -> retail.parse(4, retailRow("536365", "6", "1.12.2010", "2.55", "17850")))
                .isInstanceOf(LineParser.RowException.class).hasMessageContaining("date '1.12.2010'")
                .hasMessageContaining("dateFormat");
    }

    @Test
    void rejectsBadNumbersNamingTheColumn() {
        assertThatThrownBy(() -> retail.parse(4, retailRow("536365", "six", "12/1/2010 8:26", "2.55", "17850")))
                .isInstanceOf(LineParser.RowException.class).hasMessageContaining("quantity 'six' is not a number");
        assertThatThrownBy(() -> retail.parse(4, retailRow("536365", "6", "12/1/2010 8:26", "2,55", "17850")))
                .isInstanceOf(LineParser.RowException.class).hasMessageContaining("unit price '2,55'");
        assertThatThrownBy(() -> retail.parse(4, retailRow("536365", "6", "12/1/2010 8:26", "NaN", "17850")))
                .isInstanceOf(LineParser.RowException.class).hasMessageContaining("unit price 'NaN'");
        assertThatThrownBy(() -> orders.parse(4, List.of("C1", "O1", "2023-04-05", "Infinity", "Womens")))
                .isInstanceOf(LineParser.RowException.class).hasMessageContaining("amount 'Infinity'");
    }

    @Test
    void keepsNegativeAndZeroNumbersForCleaningToJudge() {
        PurchaseLine line = retail.parse(5, retailRow("536365", "-3", "12/1/2010 8:26", "0", "17850"));

        assertThat(line.quantity()).isEqualTo(-3);
        assertThat(line.price()).isZero();
    }
}

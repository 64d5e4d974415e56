package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests of {@link ColumnMapping#detect}. */
class ColumnMappingTests {

    private static ColumnMapping detect(String... header) {
        return ColumnMapping.detect(List.of(header), ColumnOverrides.none());
    }

    @Test
    void detectsOnlineRetailLines() {
        ColumnMapping m = detect("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country");

        assertThat(m.layout()).isEqualTo("online-retail");
        assertThat(m.orderId()).isEqualTo(0);
        assertThat(m.quantity()).isEqualTo(3);
        assertThat(m.date()).isEqualTo(4);
        assertThat(m.price()).isEqualTo(5);
        assertThat(m.customerId()).isEqualTo(6);
        assertThat(m.country()).isEqualTo(7);
        assertThat(m.category()).isEqualTo(-1);
        assertThat(m.priceIsAmount()).isFalse();
        assertThat(m.cancelPrefix()).isEqualTo("C");
        assertThat(m.currency()).isNull();
        assertThat(m.columns()).isEqualTo(8);
    }

    @Test
    void findsOnlineRetailColumnsBehindExtraColumns() {
        ColumnMapping m = detect("RowId", "Source", "Country", "CustomerID", "UnitPrice", "InvoiceDate", "Quantity",
                "Description", "InvoiceNo");

        assertThat(m.layout()).isEqualTo("online-retail");
        assertThat(m.country()).isEqualTo(2);
        assertThat(m.customerId()).isEqualTo(3);
        assertThat(m.price()).isEqualTo(4);
        assertThat(m.date()).isEqualTo(5);
        assertThat(m.quantity()).isEqualTo(6);
        assertThat(m.orderId()).isEqualTo(8);
        assertThat(m.columns()).isEqualTo(9);
    }

    @Test
    void rejectsTwoColumnsWithTheSameNameNamingTheDuplicate() {
        DuplicateColumnsException e = catchThrowableOfType(DuplicateColumnsException.class,
                () -> detect("InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Customer ID"));

        assertThat(e.duplicateColumns()).containsExactly("Customer ID");
        assertThat(e.getMessage()).contains("Customer ID", "more than once");
    }

    @Test
    void toleratesRepeatedEmptyHeaderCells() {
        ColumnMapping m = detect("InvoiceNo", "", "Quantity", "InvoiceDate", "", "UnitPrice", "CustomerID");

        assertThat(m.customerId()).isEqualTo(6);
    }

    @Test
    void detectsOrdersWithTheCurrencyFromTheAmountHeader() {
        ColumnMapping m = detect("Customer_ID", "Order_ID", "Date", "Total_Amount_LKR", "Product_Category");

        assertThat(m.layout()).isEqualTo("orders");
        assertThat(m.customerId()).isEqualTo(0);
        assertThat(m.orderId()).isEqualTo(1);
        assertThat(m.date()).isEqualTo(2);
        assertThat(m.price()).isEqualTo(3);
        assertThat(m.priceIsAmount()).isTrue();
        assertThat(m.quantity()).isEqualTo(-1);
        assertThat(m.category()).isEqualTo(4);
        assertThat(m.currency()).isEqualTo("LKR");
        assertThat(m.cancelPrefix()).isNull();
    }

    @Test
    void detectsOrdersWithoutCurrency() {
        ColumnMapping m = detect("Date", "Order_ID", "Customer_ID", "Total_Amount");

        assertThat(m.layout()).isEqualTo("orders");
        assertThat(m.price()).isEqualTo(3);
        assertThat(m.customerId()).isEqualTo(2);
        assertThat(m.currency()).isNull();
        assertThat(m.category()).isEqualTo(-1);
    }

    @Test
    void readsALowerCaseCurrencyInUpperCase() {
        assertThat(detect("customer_id", "order_id", "date", "total_amount_usd", "category").currency()).isEqualTo("USD");
        assertThat(detect("customer_id", "order_id", "date", "total_amount_usd", "category").category()).isEqualTo(4);
    }

    @Test
    void readsTheAmountHeaderWithSpacesLikeTheOtherHeaders() {
        ColumnMapping m = detect("Customer ID", "Order ID", "Date", "Total Amount LKR");

        assertThat(m.layout()).isEqualTo("orders");
        assertThat(m.price()).isEqualTo(3);
        assertThat(m.currency()).isEqualTo("LKR");
        assertThat(detect("Customer ID", "Order ID", "Date", "total amount").currency()).isNull();
    }

    @Test
    void takesNoCurrencyFromAnAmountHeaderWithALongerSuffix() {
        var e = catchThrowableOfType(MissingColumnsException.class,
                () -> detect("Customer_ID", "Order_ID", "Date", "Total_Amount_Before_Tax"));

        assertThat(e.missingColumns()).containsExactly("Total_Amount");
    }

    @Test
    void comparesNamesWithoutCaseSpacesOrUnderscores() {
        assertThat(ColumnMapping.normalise("Customer_ID")).isEqualTo(ColumnMapping.normalise("CustomerID"))
                .isEqualTo(ColumnMapping.normalise(" customer id ")).isEqualTo("customerid");
        assertThat(ColumnMapping.normalise("\uFEFFInvoiceNo")).isEqualTo("invoiceno");

        ColumnMapping retail = detect("invoice_no", "QUANTITY", "Invoice Date", "Unit_Price", "Customer_ID");
        ColumnMapping orders = detect("CustomerID", "OrderID", "date", "TotalAmount");

        assertThat(retail.layout()).isEqualTo("online-retail");
        assertThat(retail.customerId()).isEqualTo(4);
        assertThat(orders.layout()).isEqualTo("orders");
        assertThat(orders.customerId()).isEqualTo(0);
        assertThat(orders.price()).isEqualTo(3);
    }

    @Test
    void usesExplicitColumnNamesForAmounts() {
        var overrides = new ColumnOverrides("Client", "Ticket", "When", null, null, "Paid", "Kind", "Land");

        ColumnMapping m = ColumnMapping.detect(List.of("Land", "Kind", "Paid", "When", "Ticket", "Client"), overrides);

        assertThat(m.layout()).isEqualTo("custom");
        assertThat(m.customerId()).isEqualTo(5);
        assertThat(m.orderId()).isEqualTo(4);
        assertThat(m.date()).isEqualTo(3);
        assertThat(m.price()).isEqualTo(2);
        assertThat(m.priceIsAmount()).isTrue();
        assertThat(m.quantity()).isEqualTo(-1);
        assertThat(m.category()).isEqualTo(1);
        assertThat(m.country()).isEqualTo(0);
        assertThat(m.cancelPrefix()).isNull();
    }

    @Test
    void usesExplicitColumnNamesForQuantityAndUnitPrice() {
        var overrides = new ColumnOverrides("client", "ticket", "when", "Qty", "Each", null, null, null);

        ColumnMapping m = ColumnMapping.detect(List.of("Client", "Ticket", "When", "Qty", "Each"), overrides);

        assertThat(m.quantity()).isEqualTo(3);
        assertThat(m.price()).isEqualTo(4);
        assertThat(m.priceIsAmount()).isFalse();
        assertThat(m.category()).isEqualTo(-1);
    }

    @Test
    void letsExplicitNamesWinOverADetectableLayout() {
        var overrides = new ColumnOverrides("Country", "InvoiceNo", "InvoiceDate", "Quantity", "UnitPrice", null, null, null);

        ColumnMapping m = ColumnMapping.detect(List.of("InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country"), overrides);

        assertThat(m.layout()).isEqualTo("custom");
        assertThat(m.customerId()).isEqualTo(5);
    }

    @Test
    void namesExplicitColumnsTheHeaderLacks() {
        var overrides = new ColumnOverrides("Client", "Ticket", "When", null, null, "Paid", null, null);

        var e = catchThrowableOfType(MissingColumnsException.class,
                () -> ColumnMapping.detect(List.of("Client", "Ticket", "Date", "Amount"), overrides));

        assertThat(e.missingColumns()).containsExactly("dateColumn=When", "amountColumn=Paid");
        assertThat(e.getMessage()).contains("dateColumn=When").contains("The header is: Client, Ticket, Date, Amount");
    }

    @Test
    void requiresAnAmountOrAUnitPriceColumnInAnExplicitMapping() {
        var overrides = new ColumnOverrides("Client", "Ticket", "When", "Qty", null, null, null, null);

        var e = catchThrowableOfType(MissingColumnsException.class,
                () -> ColumnMapping.detect(List.of("Client", "Ticket", "When", "Qty"), overrides));

        assertThat(e.missingColumns()).containsExactly("amountColumn or unitPriceColumn");
    }

    @Test
    void listsTheMissingColumnsOfBothLayouts() {
        var e = catchThrowableOfType(MissingColumnsException.class,
                () -> detect("InvoiceNo", "Quantity", "InvoiceDate", "Cost", "Customer ID"));

        assertThat(e.getMessage()).contains("For Online Retail lines it lacks UnitPrice;")
                .contains("for orders it lacks Order_ID, Date, Total_Amount.")
                .contains("customerIdColumn");
        assertThat(e.missingColumns()).containsExactly("UnitPrice");
    }

    @Test
    void reportsTheOrdersColumnsWhenThatLayoutIsCloser() {
        var e = catchThrowableOfType(MissingColumnsException.class, () -> detect("Customer_ID", "When", "Amount"));

        assertThat(e.missingColumns()).containsExactly("Order_ID", "Date", "Total_Amount");
        assertThat(e.getMessage()).contains("InvoiceNo, Quantity, InvoiceDate, UnitPrice");
    }
}

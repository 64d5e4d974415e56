package io.segmentation.purchases;

import java.time.Instant;

import io.segmentation.cleaning.PurchaseLine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Tests of {@link OrderAggregator}. */
class OrderAggregatorTests {

    private long lineNumber = 2;

    private PurchaseLine line(@Nullable String customer, String order, String timestamp, double quantity,
                                     double price, @Nullable String category, @Nullable String country) {
        return new PurchaseLine(lineNumber++, customer, order, false, Instant.parse(timestamp), quantity, price,
                category, country, lineNumber);
    }

    @Test
    void foldsTheLinesOfAnOrderIntoOne() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("17850", "536365", "2010-12-01T08:28:00Z", 6, 2.55, "Home", "United Kingdom"));
        aggregator.add(line("17850", "536365", "2010-12-01T08:26:00Z", 8, 2.75, "Home", "United Kingdom"));
        aggregator.add(line("17850", "536365", "2010-12-01T08:27:00Z", 2, 10, "Toys", "United Kingdom"));

        assertThat(aggregator.size()).isEqualTo(1);
        Order order = aggregator.orders().get(0);
        assertThat(order.customerId()).isEqualTo("17850");
        assertThat(order.orderId()).isEqualTo("536365");
        assertThat(order.timestamp()).isEqualTo(Instant.parse("2010-12-01T08:26:00Z")); // the earliest line
        assertThat(order.amount()).isCloseTo(15.3 + 22 + 20, within(1e-9));
        assertThat(order.items()).isEqualTo(16);
        assertThat(order.lines()).isEqualTo(3);
        assertThat(order.amountByCategory()).hasSize(2);
        assertThat(order.amountByCategory().get("Home")).isCloseTo(15.3 + 22, within(1e-9));
        assertThat(order.amountByCategory().get("Toys")).isCloseTo(20, within(1e-9));
        assertThat(order.country()).isEqualTo("United Kingdom");
    }

    @Test
    void keepsTheSameOrderIdOfTwoCustomersApart() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 100, null, null));
        aggregator.add(line("C2", "O1", "2023-04-06T00:00:00Z", 1, 250, null, null));
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 50, null, null));

        assertThat(aggregator.orders()).extracting(Order::customerId, Order::orderId, Order::amount, Order::lines)
                .containsExactly(tuple("C1", "O1", 150.0, 2), tuple("C2", "O1", 250.0, 1));
    }

    @Test
    void doesNotConfuseIdsThatConcatenateAlike() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("1", "23", "2023-04-05T00:00:00Z", 1, 1, null, null));
        aggregator.add(line("12", "3", "2023-04-05T00:00:00Z", 1, 1, null, null));

        assertThat(aggregator.size()).isEqualTo(2);
    }

    @Test
    void listsOrdersInTheOrderOfTheirFirstLine() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("C2", "O9", "2023-04-07T00:00:00Z", 1, 1, null, null));
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 1, null, null));
        aggregator.add(line("C2", "O9", "2023-04-07T00:00:00Z", 1, 1, null, null));
        aggregator.add(line("C1", "O2", "2023-04-06T00:00:00Z", 1, 1, null, null));

        assertThat(aggregator.orders()).extracting(Order::orderId).containsExactly("O9", "O1", "O2");
    }

    @Test
    void leavesTheCategoriesEmptyWhenTheDataHasNone() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 2, 3, null, null));

        Order order = aggregator.orders().get(0);
        assertThat(order.amountByCategory()).isEmpty();
        assertThat(order.country()).isNull();
        assertThat(order.amount()).isEqualTo(6);
    }

    @Test
    void countsOnlyCategorisedLinesPerCategory() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 30, null, null));
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 70, "Womens", null));

        Order order = aggregator.orders().get(0);
        assertThat(order.amountByCategory()).containsExactly(entry("Womens", 70.0));
        assertThat(order.amount()).isEqualTo(100);
    }

    @Test
    void takesTheFirstCountryGiven() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 1, null, null));
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 1, null, "France"));
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 1, null, "Germany"));

        assertThat(aggregator.orders().get(0).country()).isEqualTo("France");
    }

    @Test
    void rejectsALineWithoutCustomer() {
        OrderAggregator aggregator = new OrderAggregator();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> aggregator.add(line(null, "O1", "2023-04-05T00:00:00Z", 1, 1, null, null)))
                .withMessageContaining("no customer id");
        assertThat(aggregator.size()).isZero();
    }

    @Test
    void buildsNoOrdersFromNoLines() {
        assertThat(new OrderAggregator().orders()).isEmpty();
    }

    private PurchaseLine sale(String customer, String order, String product, double quantity, double price) {
        return new PurchaseLine(lineNumber++, customer, order, false, Instant.parse("2011-01-01T10:00:00Z"), quantity,
                price, null, null, lineNumber, product, "name of " + product);
    }

    @Test
    void sumsEachCustomersProductsGroupedByCustomerInOrderOfFirstSale() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(sale("C2", "O1", "P9", 2, 1.5));
        aggregator.add(sale("C1", "O2", "P1", 1, 10));
        aggregator.add(sale("C2", "O1", "P1", 3, 2));
        aggregator.add(sale("C1", "O3", "P1", 2, 10));
        aggregator.add(sale("C2", "O4", "P9", -1, 1.5));
        aggregator.add(sale("C1", "O3", "P2", 0, 4));

        ProductSales sales = aggregator.productSales();
        assertThat(sales.sales()).containsExactly(
                new ProductSales.Sale("C2", "P9", 1.5, 1), new ProductSales.Sale("C2", "P1", 6, 3),
                new ProductSales.Sale("C1", "P1", 30, 3), new ProductSales.Sale("C1", "P2", 0, 0));
        assertThat(sales.names()).containsEntry("P9", "name of P9").hasSize(3);
    }

    @Test
    void keepsEveryPairPastManyPagesAndRehashes() {
        OrderAggregator aggregator = new OrderAggregator();
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < 300; c++) {
                for (int p = 0; p < 200; p++) {
                    aggregator.add(sale("C" + c, "O" + c, "P" + p, 1, p));
                }
            }
        }

        java.util.List<ProductSales.Sale> sales = aggregator.productSales().sales();
        assertThat(sales).hasSize(60_000);
        assertThat(sales.get(0)).isEqualTo(new ProductSales.Sale("C0", "P0", 0, 2));
        assertThat(sales.get(59_999)).isEqualTo(new ProductSales.Sale("C299", "P199", 398, 2));
        assertThat(sales.subList(200, 202)).containsExactly(new ProductSales.Sale("C1", "P0", 0, 2),
                new ProductSales.Sale("C1", "P1", 2, 2));
    }

    @Test
    void hasNoProductSalesWithoutAProductColumn() {
        OrderAggregator aggregator = new OrderAggregator();
        aggregator.add(line("C1", "O1", "2023-04-05T00:00:00Z", 1, 100, null, null));

        assertThat(aggregator.productSales()).isSameAs(ProductSales.NONE);
    }
}

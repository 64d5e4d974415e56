package io.segmentation.purchases;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalesBucketTests {

    @Test
    void packedSalesDecodeToWhatWasEncodedInOrder() {
        List<ProductSales.Sale> sales = List.of(
                new ProductSales.Sale("12347", "85123A", 15.3, 6),
                new ProductSales.Sale("12347", "POST", 18.0, 1),
                new ProductSales.Sale("Zoë ✓", "ÉCHARPE-ROUGE ".repeat(5_000), -2.55, 0.5),
                new ProductSales.Sale("12347", "71053", 0.0, 0));

        Document bucket = SalesBucket.encode("b1", 3, sales);

        assertThat(bucket.get("_id")).isEqualTo("b1:3");
        assertThat(bucket.getList("customers", String.class)).containsExactly("12347", "Zoë ✓");
        assertThat(SalesBucket.decode(bucket)).isEqualTo(sales);
    }

    @Test
    void bucketsOfTheNestedArrayLayoutAreStillRead() {
        Document legacy = new Document("_id", "b1:0").append("batchId", "b1").append("index", 0)
                .append("sales", List.of(List.of("12347", "85123A", 15.3, 6.0), List.of("12348", "POST", 18, 1)));

        assertThat(SalesBucket.decode(legacy)).containsExactly(new ProductSales.Sale("12347", "85123A", 15.3, 6),
                new ProductSales.Sale("12348", "POST", 18.0, 1));
    }
}

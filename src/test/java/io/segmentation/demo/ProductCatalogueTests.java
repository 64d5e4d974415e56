package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Tests of the product catalogue: quoting, price text, size and popularity. */
class ProductCatalogueTests {

    private final ProductCatalogue catalogue = ProductCatalogue.standard();

    @Test
    void quotesFieldsWithCommasOrQuotesAndDoublesTheQuotes() {
        assertThat(ProductCatalogue.csvField("JUMBO BAG RED RETROSPOT")).isEqualTo("JUMBO BAG RED RETROSPOT");
        assertThat(ProductCatalogue.csvField("FEATHER PEN,HOT PINK")).isEqualTo("\"FEATHER PEN,HOT PINK\"");
        assertThat(ProductCatalogue.csvField("LETTER \"A\" BLING")).isEqualTo("\"LETTER \"\"A\"\" BLING\"");
    }

    @Test
    void writesPricesWithTwoDecimalsAndADot() {
        assertThat(ProductCatalogue.price(0)).isEqualTo("0.00");
        assertThat(ProductCatalogue.price(5)).isEqualTo("0.05");
        assertThat(ProductCatalogue.price(255)).isEqualTo("2.55");
        assertThat(ProductCatalogue.price(1_275)).isEqualTo("12.75");
    }

    @Test
    void holdsAFewHundredDistinctStockCodes() {
        Set<String> codes = new HashSet<>();
        for (int product = 0; product < this.catalogue.size(); product++) {
            codes.add(this.catalogue.csvHead(product).substring(0, this.catalogue.csvHead(product).indexOf(',')));
        }

        assertThat(this.catalogue.size()).isEqualTo(ProductCatalogue.STANDARD_SIZE);
        assertThat(codes).hasSize(this.catalogue.size());
    }

    @Test
    void isTheSameEveryTimeItIsBuilt() {
        ProductCatalogue again = ProductCatalogue.standard();

        for (int product = 0; product < this.catalogue.size(); product++) {
            assertThat(again.csvHead(product)).isEqualTo(this.catalogue.csvHead(product));
            assertThat(again.pence(product)).isEqualTo(this.catalogue.pence(product));
        }
    }

    @Test
    void aFewBestSellersTakeAnOutsizedShareOfDraws() {
        SplittableRandom random = new SplittableRandom(7);
        int[] draws = new int[this.catalogue.size()];
        for (int i = 0; i < 100_000; i++) {
            draws[this.catalogue.draw(random)]++;
        }
        int top = java.util.Arrays.stream(draws).max().orElseThrow();

        assertThat(top).isGreaterThan(10 * 100_000 / this.catalogue.size());
        assertThat(java.util.Arrays.stream(draws).filter(count -> count == 0).count()).isZero();
    }

    @Test
    void cheapItemsSellInLargerQuantities() {
        SplittableRandom random = new SplittableRandom(3);
        int cheap = -1;
        int dear = -1;
        for (int product = 0; product < this.catalogue.size(); product++) {
            if (this.catalogue.pence(product) < 60) {
                cheap = product;
            }
            if (this.catalogue.pence(product) > 500) {
                dear = product;
            }
        }
        long cheapTotal = 0;
        long dearTotal = 0;
        for (int i = 0; i < 10_000; i++) {
            cheapTotal += this.catalogue.drawQuantity(random, cheap);
            dearTotal += this.catalogue.drawQuantity(random, dear);
        }

        assertThat(cheapTotal).isGreaterThan(dearTotal * 3 / 2);
    }
}

package io.segmentation.demo;

/** Lines of an earlier invoice that its customer takes back: products and the (positive) quantities returned. */
record Cancellation(int customer, int[] products, int[] quantities) {

    /** Number of lines the cancellation invoice has. */
    int lines() {
        return this.products.length;
    }
}

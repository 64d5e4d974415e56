package io.segmentation.clustering;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The Hungarian algorithm against brute force over every injection on small matrices. */
class MinimumCostAssignmentTests {

    @Test
    void solvesTheTextbookExample() {
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};

        // scipy.optimize.linear_sum_assignment: rows 0, 1, 2 to columns 1, 0, 2, cost 5
        assertThat(MinimumCostAssignment.solve(cost)).containsExactly(1, 0, 2);
    }

    @Test
    void matchesBruteForceOnRandomSquareAndRectangularMatrices() {
        Random random = new Random(13);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int c = 0; c < columns; c++) {
                    row[c] = trial % 3 == 0 ? random.nextInt(4) : random.nextDouble() * 10; // ties every third trial
                }
            }
            int[] answer = MinimumCostAssignment.solve(cost);

            Set<Integer> columnsUsed = new HashSet<>();
            int assigned = 0;
            for (int column : answer) {
                if (column >= 0) {
                    assertThat(columnsUsed.add(column)).as("column used twice").isTrue();
                    assigned++;
                }
            }
            assertThat(assigned).isEqualTo(Math.min(rows, columns));
            assertThat(total(cost, answer)).isCloseTo(bruteForce(cost, 0, new boolean[columns], 0), within(1e-9));
        }
    }

    @Test
    void refusesCostsThatAreNotFinite() {
        assertThatIllegalArgumentException().isThrownBy(() -> MinimumCostAssignment.solve(
                new double[][] {{1, Double.NaN}, {0, 1}}));
    }

    private static double total(double[][] cost, int[] answer) {
        double sum = 0;
        for (int r = 0; r < answer.length; r++) {
            sum += answer[r] >= 0 ? cost[r][answer[r]] : 0;
        }
        return sum;
    }

    /** The least total over every assignment of min(rows, columns) pairs, rows skipped only when rows > columns. */
    private static double bruteForce(double[][] cost, int row, boolean[] used, int skipped) {
        if (row == cost.length) {
            return 0;
        }
        int columns = cost[0].length;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.min(best, cost[row][c] + bruteForce(cost, row + 1, used, skipped));
                used[c] = false;
            }
        }
        if (skipped < cost.length - columns) {
            best = Math.min(best, bruteForce(cost, row + 1, used, skipped + 1));
        }
        return best;
    }
}

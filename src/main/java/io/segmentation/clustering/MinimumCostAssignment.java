package io.segmentation.clustering;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn-Munkres with row and column potentials, O(n² m)): the one-to-one assignment of rows to
 * columns of a cost matrix with the least total cost. Rectangular matrices are fine: with more rows than columns some
 * rows stay unassigned, and the other way round some columns.
 */
public final class MinimumCostAssignment {

    private MinimumCostAssignment() {
    }

    /**
     * The column of each row in a least-cost assignment, -1 for a row left unassigned (only when there are more rows
     * than columns).
     *
     * @param cost rows x columns, finite; an empty matrix gives an empty answer
     * @throws IllegalArgumentException when the matrix is ragged or holds a value that is not finite
     */
    public static int[] solve(double[][] cost) {
        int rows = cost.length;
        if (rows == 0) {
            return new int[0];
        }
        int columns = cost[0].length;
        for (double[] row : cost) {
            if (row.length != columns) {
                throw new IllegalArgumentException("the cost matrix is ragged");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("costs must be finite, found " + v);
                }
            }
        }
        // why: the potential method needs rows <= columns; solve the transpose otherwise and invert the answer
        if (rows > columns) {
            double[][] transposed = new double[columns][rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    transposed[c][r] = cost[r][c];
                }
            }
            int[] byColumn = solve(transposed);
            int[] answer = new int[rows];
            Arrays.fill(answer, -1);
            for (int c = 0; c < columns; c++) {
                answer[byColumn[c]] = c;
            }
            return answer;
        }
        // 1-based arrays as in the classic formulation; column 0 is the virtual start
        double[] u = new double[rows + 1];
        double[] v = new double[columns + 1];
        int[] rowOf = new int[columns + 1];
        int[] way = new int[columns + 1];
        for (int r = 1; r <= rows; r++) {
            rowOf[0] = r;
            int column = 0;
            double[] minimum = new double[columns + 1];
            Arrays.fill(minimum, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[columns + 1];
            do {
                used[column] = true;
                int row = rowOf[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int c = 1; c <= columns; c++) {
                    if (!used[c]) {
                        double reduced = cost[row - 1][c - 1] - u[row] - v[c];
                        if (reduced < minimum[c]) {
                            minimum[c] = reduced;
                            way[c] = column;
                        }
                        if (minimum[c] < delta) {
                            delta = minimum[c];
                            next = c;
                        }
                    }
                }
                for (int c = 0; c <= columns; c++) {
                    if (used[c]) {
                        u[rowOf[c]] += delta;
                        v[c] -= delta;
                    } else {
                        minimum[c] -= delta;
                    }
                }
                column = next;
            } while (rowOf[column] != 0);
            do {
                int previous = way[column];
                rowOf[column] = rowOf[previous];
                column = previous;
            } while (column != 0);
        }
        int[] answer = new int[rows];
        for (int c = 1; c <= columns; c++) {
            if (rowOf[c] != 0) {
                answer[rowOf[c] - 1] = c - 1;
            }
        }
        return answer;
    }
}

package io.segmentation.clustering;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The chain from a model's inputs to the space its clusters live in: each feature's transform ({@code log1p} or
 * none), the scaler, then optionally a PCA; with neither a PCA nor another scaler than z-score it is today's default.
 *
 * @param features   the model's features in order (each says whether it takes log1p)
 * @param scaler     the fitted affine scaler, one centre and scale per feature
 * @param scalerKind how the scaler was fitted
 * @param pca        the PCA applied after scaling, or null
 */
public record Preprocessing(List<ModelFeature> features, StandardScaler scaler, ScalerKind scalerKind, @Nullable Pca pca) {

    /**
     * @throws IllegalArgumentException when the scaler or the PCA disagrees with the number of features
     */
    public Preprocessing {
        features = List.copyOf(features);
        if (scaler.features() != features.size() || (pca != null && pca.inputs() != features.size())) {
            throw new IllegalArgumentException("the scaler has " + scaler.features() + " features"
                    + (pca == null ? "" : " and the PCA " + pca.inputs()) + ", the model " + features.size());
        }
    }

    /**
     * Fits the scaler (and the PCA, on the scaled rows) to rows in input units.
     *
     * @param rows       one row per point, one value per feature input, finite (and > -1 for a log1p feature)
     * @param components PCA components to keep, or null for no PCA
     * @throws IllegalArgumentException when rows are empty, ragged or not finite after the transform, or components
     *                                  is not in [1, features]
     */
    public static Preprocessing fit(List<ModelFeature> features, double[][] rows, ScalerKind kind,
                                    @Nullable Integer components) {
        double[][] transformed = transformAll(features, rows);
        StandardScaler scaler = kind.fit(transformed);
        Pca pca = components == null ? null : Pca.fit(scaler.transformAll(transformed), components);
        return new Preprocessing(features, scaler, kind, pca);
    }

    /** Each row's values through its feature's transform (log1p or none). */
    public static double[][] transformAll(List<ModelFeature> features, double[][] rows) {
        double[][] transformed = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != features.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values for "
                        + features.size() + " features");
            }
            transformed[i] = new double[features.size()];
            for (int f = 0; f < features.size(); f++) {
                transformed[i][f] = features.get(f).apply(rows[i][f]);
            }
        }
        return transformed;
    }

    /** Whether this is today's default: z-score scaling and no PCA (centroids then are z-scores per feature). */
    public boolean isStandard() {
        return scalerKind == ScalerKind.STANDARD && pca == null;
    }

    /** Dimensions of the model space: the PCA's components, else the features. */
    public int dimensions() {
        return pca == null ? features.size() : pca.outputs();
    }

    /** A row of input values in model space: transform, scale, project. */
    public double[] toModelSpace(double[] input) {
        double[] transformed = new double[input.length];
        for (int f = 0; f < input.length; f++) {
            transformed[f] = features.get(f).apply(input[f]);
        }
        return fromTransformed(transformed);
    }

    /** A row of transformed values (after log1p) in model space: scale, then project. */
    public double[] fromTransformed(double[] transformed) {
        double[] scaled = scaler.transform(transformed);
        return pca == null ? scaled : pca.transform(scaled);
    }

    /** Every row of input values in model space. */
    public double[][] toModelSpaceAll(double[][] rows) {
        double[][] transformed = transformAll(features, rows);
        double[][] model = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            model[i] = fromTransformed(transformed[i]);
        }
        return model;
    }

    /** A model-space point (e.g. a centroid) back in transformed units (after log1p, before scaling). */
    public double[] toTransformed(double[] point) {
        return scaler.inverseTransform(pca == null ? point : pca.inverseTransform(point));
    }
}

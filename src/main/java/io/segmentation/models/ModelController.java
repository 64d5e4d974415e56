package io.segmentation.models;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The model registry: list, read, train, activate (roll back), export and import clustering models. */
@RestController
@Validated
@Tag(name = "Models", description = "Versioned clustering models (kmeans, gmm, dbscan, ward) with their scaler; one active model per name.")
class ModelController {

    private final ModelRegistry registry;
    private final ModelService service;
    private final ModelComparer comparer;

    ModelController(ModelRegistry registry, ModelService service, ModelComparer comparer) {
        this.registry = registry;
        this.service = service;
        this.comparer = comparer;
    }

    @GetMapping("/models")
    @Operation(operationId = "listModels", summary = "A page of models, newest first",
            description = "Version, name, whether active, k and features. sort is FIELD or FIELD,asc|desc with FIELD one"
                    + " of version (default, newest first), name, createdAt; 400 invalid-sort for others.")
    @ProblemResponse(status = 400, type = "invalid-sort", title = "Invalid sort",
            detail = "Cannot sort /models by 'colour': send sort=FIELD or sort=FIELD,asc|desc with FIELD one of "
                    + "version, name, createdAt.")
    ListPage<ModelSummary> list(@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                                @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
                                @Parameter(description = "FIELD or FIELD,asc|desc", example = "version,desc")
                                @RequestParam(required = false) @Nullable String sort) {
        return registry.page(new PageRequest(page, size,
                ListSort.parse("/models", sort, ModelRegistry.SORT_FIELDS, ModelRegistry.NEWEST_FIRST)));
    }

    @GetMapping("/models/{version}")
    @Operation(operationId = "getModel", summary = "One model", description = "Features, scaler, centroids (scaled), metrics of every k tried,"
            + " cluster profiles in original units, and what it was trained on. 404 when no model has the version.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No model has the version 99; GET /models lists them.")
    ModelView get(@Parameter(example = "1") @PathVariable int version) {
        return registry.get(version);
    }

    @PostMapping("/models")
    @Operation(operationId = "trainModel", summary = "Train a model on the published run",
            description = "Features log1p(recencyDays), log1p(frequency), log1p(monetary), z-scored, unless log1p"
                    + " (inputs that take ln(1 + x)), scaler (standard, min-max, robust) or pca (components kept after"
                    + " scaling; the model's preprocessing.pca reports the explained variance) say otherwise; 400"
                    + " (invalid-preprocessing) names a bad field and its allowed values. algorithm: kmeans"
                    + " (default; k-means++ with the seed, 20 restarts, Lloyd to a fixed point), gmm (full-covariance EM,"
                    + " 5 starts, best log-likelihood), dbscan (eps, minSamples; eps from the k-distance knee when not"
                    + " given; noise is cluster 'noise') or ward (agglomerative, on a seeded sample of 20,000 above). Give k, or kMin..kMax (default 2..10) to choose k by kSelection: elbow (default; Kneedle on the inertia curve) or silhouette. The new"
                    + " model becomes the active one of its name unless activate=false; name 'default' (the default) is"
                    + " the model runs use. 409 before the first run.")
    @ApiResponse(responseCode = "201", description = "The new model; Location names its version", useReturnTypeSchema = true)
    @ProblemResponse(status = 409, type = "no-training-data", title = "No training data",
            detail = "No published run with customers to train on. Upload purchases (POST /uploads) or start a run "
                    + "(POST /runs) first.")
    ResponseEntity<ModelView> train(@Valid @RequestBody(required = false) @Nullable TrainRequest request) {
        ModelView view = service.train(request == null ? new TrainRequest(null, null, null, null, null, null) : request);
        return created(view);
    }

    @PostMapping(path = "/models", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "trainModel", summary = "Train a named model on a customer-attributes file",
            description = "CSV (',' ';' or tab) or XLSX, one row per customer. features are column names, plus Age"
                    + " (referenceYear - Year_Birth) and TotalSpending (sum of the Mnt* columns); default: Age, Income,"
                    + " TotalSpending, NumWebPurchases, NumStorePurchases, NumWebVisitsMonth, Recency (the"
                    + " marketing-campaign set). A text column (no cell a number) is one-hot encoded into features"
                    + " column=category. Rows missing a feature are dropped and counted in training.droppedRows, or with"
                    + " missingValues=median|mean filled in and counted in training.imputedRows. log1p, scaler and pca"
                    + " as for JSON training; 400 (invalid-preprocessing) names the field and its allowed values.")
    @ApiResponse(responseCode = "201", description = "The new model; Location names its version", useReturnTypeSchema = true)
    @ProblemResponse(status = 400, type = "empty-file", title = "Empty file",
            detail = "The file is empty: upload a CSV or XLSX file with a header row and one row per customer.")
    @ProblemResponse(status = 415, type = "unsupported-format", title = "Unsupported file format",
            detail = "format must be csv or xlsx; the file name's extension .pdf is neither.")
    ResponseEntity<ModelView> trainOnFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "feature columns, comma-separated", example = "Age,Income,TotalSpending,NumWebPurchases,NumStorePurchases,NumWebVisitsMonth,Recency")
            @RequestParam(required = false) @Nullable List<String> features,
            @Parameter(example = "6") @RequestParam(required = false) @Min(1) @Max(50) @Nullable Integer k,
            @RequestParam(required = false) @Min(1) @Max(50) @Nullable Integer kMin,
            @RequestParam(required = false) @Min(1) @Max(50) @Nullable Integer kMax,
            @Parameter(example = "42") @RequestParam(required = false) @Nullable Long seed,
            @Parameter(description = "model name (default: the file name)", example = "marketing-campaign")
            @RequestParam(required = false) @Nullable String name,
            @Parameter(description = "year Age is computed against (default: latest Dt_Customer year, else this year)",
                    example = "2014") @RequestParam(required = false) @Nullable Integer referenceYear,
            @RequestParam(defaultValue = "true") boolean activate,
            @Parameter(description = "elbow (default) or silhouette; ignored when k is given", example = "elbow")
            @RequestParam(required = false) @Nullable String kSelection,
            @Parameter(description = "kmeans (default), gmm, dbscan or ward", example = "kmeans")
            @RequestParam(required = false) @Nullable String algorithm,
            @Parameter(description = "dbscan: radius in scaled units (default: knee of the k-distance curve)")
            @RequestParam(required = false) @Positive @Nullable Double eps,
            @Parameter(description = "dbscan: points within eps, the point itself included, for a core point (default 5)")
            @RequestParam(required = false) @Min(1) @Max(1000) @Nullable Integer minSamples,
            @Parameter(description = "features (inputs) that take ln(1 + x) before scaling, comma-separated (default none)",
                    example = "Income,TotalSpending")
            @RequestParam(required = false) @Nullable List<String> log1p,
            @Parameter(description = "standard (default, z-score), min-max or robust (median and interquartile range)",
                    example = "standard", schema = @Schema(allowableValues = {"standard", "min-max", "robust"}))
            @RequestParam(required = false) @Nullable String scaler,
            @Parameter(description = "principal components kept after scaling (default none)", example = "3")
            @RequestParam(required = false) @Min(1) @Max(50) @Nullable Integer pca,
            @Parameter(description = "rows with a missing feature: drop (default), or impute the feature's median or mean",
                    example = "drop", schema = @Schema(allowableValues = {"drop", "median", "mean"}))
            @RequestParam(required = false) @Nullable String missingValues) throws IOException {
        if (name != null && !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("name must be 1-64 letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        List<String> names = commaSeparated(features);
        PreprocessingOptions preprocessing = PreprocessingOptions.parse(log1p == null ? null : commaSeparated(log1p),
                scaler, pca, missingValues);
        String fileName = file.getOriginalFilename() == null ? "attributes.csv" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            return created(service.trainOnFile(in, fileName, names, k, kMin, kMax, seed, name, referenceYear, activate,
                    kSelection, algorithm, eps, minSamples, preprocessing));
        }
    }

    private static List<String> commaSeparated(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(f -> java.util.Arrays.stream(f.split(",")))
                .map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    @PostMapping("/models/compare")
    @Operation(operationId = "compareModels", summary = "Compare the algorithms on the published run",
            description = "Trains kmeans, gmm, dbscan and ward (or those in algorithms) on the published run's customers"
                    + " with the same features, preprocessing (log1p, scaler, pca), k or kMin..kMax with kSelection,"
                    + " and seed, as POST /models does, and"
                    + " stores nothing. One row per algorithm: k, silhouette (on a seeded sample of 10,000 above that),"
                    + " Calinski-Harabasz, Davies-Bouldin, inertia, cluster sizes, noise share and training time, or"
                    + " error when it found no clustering (dbscan). Each row's request is the POST /models body that"
                    + " trains it again (add a name). 409 before the first run.")
    @ProblemResponse(status = 409, type = "no-training-data", title = "No training data",
            detail = "No published run with customers to train on. Upload purchases (POST /uploads) or start a run "
                    + "(POST /runs) first.")
    ModelComparison compare(@Valid @RequestBody(required = false) @Nullable CompareRequest request) {
        return comparer.compare(request == null ? new CompareRequest(null, null, null, null, null, null, null, null)
                : request);
    }

    @PostMapping("/models/{version}/activate")
    @Operation(operationId = "activateModel", summary = "Make a stored version the active model of its name",
            description = "Rolls back (or forward): /predict serves it at once. Customers of the published run keep the"
                    + " clusters they were given until the next run (POST /runs?force=true). 404 when unknown.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No model has the version 99; GET /models lists them.")
    ModelView activate(@Parameter(example = "1") @PathVariable int version) {
        return registry.activate(version);
    }

    @GetMapping("/models/{version}/export")
    @Operation(operationId = "exportModel", summary = "Download a model as JSON", description = "The same JSON POST /models/import accepts.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No model has the version 99; GET /models lists them.")
    ResponseEntity<ClusterModel> export(@Parameter(example = "1") @PathVariable int version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"model-" + version + ".json\"")
                .body(registry.get(version).model());
    }

    @PostMapping(path = "/models/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importModel", summary = "Import a model",
            description = "Our export JSON, or scikit-learn parameters: feature_names, scaler.mean, scaler.scale,"
                    + " cluster_centers (in scaled space). Name 'log1p(x)' features to have ln(1 + x) applied to input x."
                    + " An export's preprocessing (scaler kind, PCA) is read back. Clusters get ids by centroid monetary"
                    + " value and names from the imported centroids alone (the feature rule, not the published run)."
                    + " 400 lists every problem.")
    @ApiResponse(responseCode = "201", description = "The imported model; Location names its version", useReturnTypeSchema = true)
    ResponseEntity<ModelView> importModel(@RequestBody ModelImport request) {
        return created(service.importModel(request));
    }

    private static ResponseEntity<ModelView> created(ModelView view) {
        return ResponseEntity.created(URI.create("/models/" + view.model().version())).body(view);
    }
}

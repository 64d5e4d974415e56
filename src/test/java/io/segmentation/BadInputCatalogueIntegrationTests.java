package io.segmentation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import io.segmentation.ingestion.HostileWorkbooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input catalogue: malformed and hostile uploads, request bodies and parameters. Each answers its status
 * with a problem whose {@code detail} says what to change, and stores nothing: the counts of uploads, orders, kept
 * files and runs are the same before and after. Limits are shrunk here (1,000 rows, 1 MB shared strings) so the
 * files stay small; the line-length limit is the default 65,536 characters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"test.store=catalogue",
        "segmentation.ingestion.max-rows=1000", "segmentation.ingestion.max-shared-strings-size=1MB",
        "segmentation.rate-limit.enabled=false"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class BadInputCatalogueIntegrationTests {

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    private static final List<String> COLLECTIONS = List.of("uploads", "orderBuckets", "fs.files", "fs.chunks", "runs",
            "customers");

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    /**
     * One hostile input: how to send it, the status and problem type it must get, what the detail must say, and
     * what else the body must mention (for example the row errors of a 422).
     */
    record Case(String name, Function<RestTestClient, RestTestClient.ResponseSpec> request, int status, String type,
                String detail, String... body) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> catalogue() {
        return Stream.of(
                // files that are not tables
                upload("empty file", "empty.csv", new byte[0], 400, "empty-file", "The file is empty"),
                upload("header only", "header.csv", bytes(HEADER), 400, "empty-file", "no data rows"),
                upload("blank lines only", "blank.csv", bytes("\n\r\n\n"), 400, "empty-file", "The file is empty"),
                upload("random binary", "photo.csv", binary(), 400, "unreadable-file", "binary"),
                upload("PNG named .csv", "image.csv", png(), 400, "unreadable-file", "binary"),
                upload("UTF-16 text", "unicode.csv", utf16(), 400, "unreadable-file", "UTF-16", "CSV UTF-8"),
                upload("Latin-1 (non-UTF-8) bytes", "latin1.csv", (HEADER + "536365,A,Caf\u00e9 cr\u00e8me,2,2011-01-05 10:00:00,3.5,17850,Fran\u00e7a\n")
                        .getBytes(StandardCharsets.ISO_8859_1), 400, "unreadable-file", "not UTF-8"),
                upload("corrupt XLSX (zip header, garbage)", "broken.xlsx", corruptZip(), 400, "unreadable-file", "XLSX"),
                upload("legacy .xls workbook", "old.xls", ole(), 415, "unsupported-format", ".xls"),
                uploadWith("unknown format parameter", "file.csv", validCsv(), "format", "pdf", 400, "invalid-parameter",
                        "format must be csv or xlsx"),
                // structure
                upload("wrong delimiter (pipes)", "pipes.csv", bytes(HEADER.replace(',', '|') + "536365|A|Thing|2|2011-01-05 10:00:00|3.5|17850|France\n"),
                        422, "missing-columns", "matches no purchase layout", "InvoiceNo"),
                upload("unbalanced quotes", "quote.csv", bytes(HEADER + "536365,A,\"Thing,2,2011-01-05 10:00:00,3.5,17850,France\n"
                        + "536366,A,Thing,1,2011-01-06 10:00:00,3.5,17851,France\n"), 400, "unreadable-file", "unbalanced quote"),
                upload("a 1 MB line", "long.csv", bytes(HEADER + "536365,A," + "x".repeat(1024 * 1024)
                        + ",2,2011-01-05 10:00:00,3.5,17850,France\n"), 413, "upload-limit-exceeded", "longer than 65536",
                        "segmentation.ingestion.max-line-length"),
                upload("more rows than max-rows", "many.csv", rows(1001), 413, "upload-limit-exceeded",
                        "more than 1000 data rows", "segmentation.ingestion.max-rows"),
                upload("missing CustomerID column", "nocustomer.csv", bytes(HEADER.replace(",CustomerID", "")
                        + "536365,A,Thing,2,2011-01-05 10:00:00,3.5,France\n"), 422, "missing-columns", "CustomerID"),
                upload("duplicate CustomerID column", "twice.csv", bytes(HEADER.replace("Country", "Customer ID")
                        + "536365,A,Thing,2,2011-01-05 10:00:00,3.5,17850,17851\n"), 422, "duplicate-columns",
                        "Customer ID more than once"),
                upload("formula in the header", "formula-header.csv", bytes("=cmd|' /C calc'!A0,B,C\n1,2,3\n"), 422,
                        "missing-columns", "matches no purchase layout"),
                upload("rows with too few fields", "short.csv", bytes(HEADER + "536365,A,Thing\n536366,A,Thing\n"), 422,
                        "no-usable-rows", "None of the 2 data rows", "has 3 fields"),
                // values
                upload("dates in the future", "future.csv", bytes(HEADER + line("2099-01-05 10:00:00", "2", "3.5")
                        + line("2098-12-31 10:00:00", "1", "3.5")), 422, "no-usable-rows", "None of the 2", "in the future"),
                upload("dates before 1900", "old.csv", bytes(HEADER + line("1899-12-31 23:59:00", "2", "3.5")
                        + line("0001-01-01 00:00:00", "1", "3.5")), 422, "no-usable-rows", "None of the 2", "before 1900"),
                upload("impossible dates", "feb30.csv", bytes(HEADER + line("2011-02-30 10:00:00", "2", "3.5")
                        + line("13/45/2011 10:00", "1", "3.5")), 422, "no-usable-rows", "None of the 2", "not ISO-8601"),
                upload("huge numbers beyond double", "huge.csv", bytes(HEADER + line("2011-01-05 10:00:00", "1e400", "3.5")
                        + line("2011-01-05 10:00:00", "2", "9".repeat(400))), 422, "no-usable-rows", "None of the 2",
                        "is not a number"),
                upload("NaN and Infinity", "nan.csv", bytes(HEADER + line("2011-01-05 10:00:00", "NaN", "3.5")
                        + line("2011-01-05 10:00:00", "2", "Infinity")), 422, "no-usable-rows", "None of the 2", "not a number"),
                upload("decimal commas in a comma-separated file", "comma.csv", bytes(HEADER + "536365,A,Thing,2,2011-01-05 10:00:00,\"3,50\",17850,France\n"),
                        422, "no-usable-rows", "None of the 1", "decimal separator"),
                upload("formulas in numeric fields", "formula.csv", bytes(HEADER + line("2011-01-05 10:00:00", "=1+1", "3.5")
                        + line("2011-01-05 10:00:00", "2", "@SUM(A1:A9)")), 422, "no-usable-rows", "None of the 2",
                        "not a number"),
                uploadWith("invalid dateFormat pattern", "pattern.csv", validCsv(), "dateFormat", "yyyy-MM-dd'T", 400,
                        "invalid-parameter", "dateFormat"),
                // workbooks
                upload("XLSX zip bomb", "bomb.xlsx", HostileWorkbooks.zipBomb(50), 413, "upload-limit-exceeded",
                        "zip bomb", "zip-bomb"),
                upload("XLSX with a huge shared strings table", "strings.xlsx", HostileWorkbooks.hugeSharedStrings(100_000),
                        413, "upload-limit-exceeded", "shared strings", "segmentation.ingestion.max-shared-strings-size"),
                // the request itself
                upload("a 10,000-character file name", "x".repeat(10_000) + ".csv", validCsv(), 413,
                        "part-header-too-large", "file name"),
                new Case("multipart without a file part", http -> http.post().uri("/uploads")
                        .contentType(MediaType.MULTIPART_FORM_DATA).body(formWith("format", "csv")).exchange(),
                        400, "bad-request", "file"),
                new Case("JSON instead of multipart", http -> http.post().uri("/uploads")
                        .contentType(MediaType.APPLICATION_JSON).body("{\"file\":\"a.csv\"}").exchange(),
                        415, "unsupported-media-type", "'application/json' is not supported"),
                // POST /runs
                runs("wrong type: force is a string", "{\"force\": \"yes\"}", 400, "unreadable-body", "'force'",
                        "true or false"),
                runs("wrong type: asOf is an object", "{\"asOf\": {\"day\": 1}}", 400, "unreadable-body", "'asOf'"),
                runs("not JSON", "{\"asOf\": ", 400, "unreadable-body", "not well-formed JSON"),
                runs("an array instead of an object", "[1, 2]", 400, "unreadable-body", "JSON object"),
                runs("asOf not a date", "{\"asOf\": \"yesterday\"}", 400, "invalid-parameter", "yesterday"),
                runs("asOf an impossible date", "{\"asOf\": \"2011-02-30\"}", 400, "invalid-parameter", "2011-02-30"),
                new Case("force=maybe as a parameter", http -> http.post().uri("/runs?force=maybe").exchange(), 400,
                        "bad-request", "force"),
                new Case("text/plain body", http -> http.post().uri("/runs").contentType(MediaType.TEXT_PLAIN)
                        .body("asOf=auto").exchange(), 415, "unsupported-media-type", "text/plain"),
                // POST /predict: cases for unknown JSON fields and wrong types go here once /predict exists
                // GET /customers and /uploads paging
                get("page size 0", "/customers?size=0", "invalid-parameter", "size"),
                get("page size 10^9", "/customers?size=1000000000", "invalid-parameter", "size"),
                get("negative page", "/customers?page=-1", "invalid-parameter", "page"),
                get("page beyond int", "/customers?page=99999999999", "bad-request", "page"),
                get("page size not a number", "/customers?size=ten", "bad-request", "size"),
                get("uploads size 0", "/uploads?size=0", "invalid-parameter", "size"),
                get("runs size 10^9", "/runs?size=1000000000", "invalid-parameter", "size"),
                get("runs sorted by an unknown field", "/runs?sort=colour,desc", "invalid-sort", "startedAt"),
                get("models sorted in an unknown direction", "/models?sort=version,up", "invalid-sort", "version"),
                get("uploads' old limit parameter", "/uploads?limit=10", "unknown-parameter", "limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void answersAProblemAndStoresNothing(Case hostile) {
        Map<String, Long> before = counts();

        Map<?, ?> problem = hostile.request().apply(http).expectStatus().isEqualTo(hostile.status())
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(problem.get("type")).as(problem.toString()).isEqualTo("urn:segmentation:problem:" + hostile.type());
        assertThat(problem.get("detail")).asString().contains(hostile.detail());
        for (String text : hostile.body()) {
            assertThat(problem.toString()).contains(text);
        }
        assertThat(problem.containsKey("trace")).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return COLLECTIONS.stream().collect(java.util.stream.Collectors.toMap(c -> c,
                c -> mongo.getCollection(c).countDocuments()));
    }

    private static Case upload(String name, String fileName, byte[] bytes, int status, String type, String detail,
                               String... body) {
        return new Case(name, http -> http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(fileName, bytes)).exchange(), status, type, detail, body);
    }

    private static Case uploadWith(String name, String fileName, byte[] bytes, String parameter, String value,
                                   int status, String type, String detail, String... body) {
        return new Case(name, http -> {
            var form = form(fileName, bytes);
            form.add(parameter, value);
            return http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange();
        }, status, type, detail, body);
    }

    private static Case runs(String name, String json, int status, String type, String detail, String... body) {
        return new Case(name, http -> http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange(), status, type, detail, body);
    }

    private static Case get(String name, String uri, String type, String detail) {
        return new Case(name, http -> http.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange(), 400, type,
                detail);
    }

    static LinkedMultiValueMap<String, Object> form(String name, byte[] bytes) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return form;
    }

    private static LinkedMultiValueMap<String, Object> formWith(String key, String value) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add(key, value);
        return form;
    }

    private static String line(String date, String quantity, String price) {
        return "536365,A,Thing," + quantity + "," + date + "," + price + ",17850,France\n";
    }

    private static byte[] validCsv() {
        return bytes(HEADER + line("2011-01-05 10:00:00", "2", "3.5"));
    }

    private static byte[] rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append(5_000_000 + i).append(",A,Thing,1,2011-01-05 10:00:00,1.0,").append(10_000 + i % 50).append(",UK\n");
        }
        return bytes(csv.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }

    private static byte[] png() {
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 256);
        bytes[100] = 0;
        return bytes;
    }

    private static byte[] utf16() {
        byte[] text = (HEADER + line("2011-01-05 10:00:00", "2", "3.5")).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        return bytes;
    }

    private static byte[] corruptZip() {
        byte[] bytes = new byte[2048];
        new Random(3).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    private static byte[] ole() {
        byte[] bytes = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}

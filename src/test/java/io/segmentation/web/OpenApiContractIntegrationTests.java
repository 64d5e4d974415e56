package io.segmentation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served {@code /v3/api-docs} matches the committed contract {@code docs/openapi.json}; with
 * {@code -Dopenapi.write=true} it rewrites that file instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class OpenApiContractIntegrationTests {

    static final Path CONTRACT = Path.of("docs", "openapi.json");

    static final String REGENERATE = "./mvnw test -Dtest=OpenApiContractIntegrationTests -Dopenapi.write=true";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Test
    void theServedDocumentIsTheCommittedContract() throws IOException {
        String served = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String normalised = pretty(normalise(JSON.readTree(served)));

        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, normalised, StandardCharsets.UTF_8);
            System.out.println("Wrote " + CONTRACT.toAbsolutePath());
            return;
        }
        assertThat(CONTRACT).as("%s is missing; create it with: %s", CONTRACT, REGENERATE).exists();
        String committed = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        List<String> differences = new ArrayList<>();
        compare("$", JSON.readTree(committed), JSON.readTree(normalised), differences);
        assertThat(differences)
                .as("The served /v3/api-docs differs from %s. If the API change is intended, regenerate the file with%n"
                        + "  %s%nand commit it (then run contract/run to lint and check it). Differences (committed -> served)",
                        CONTRACT, REGENERATE)
                .isEmpty();
        assertThat(committed).as("%s is not in the canonical form (sorted keys, 2-space indent); regenerate it with: %s",
                CONTRACT, REGENERATE).isEqualTo(normalised);
    }

    @Test
    void normalisingSortsKeysAndReplacesLocalServerPorts() {
        JsonNode document = JSON.readTree("""
                {"paths": {}, "servers": [{"url": "http://localhost:51234"}], "info": {"version": "1", "title": "t"}}""");

        assertThat(pretty(normalise(document))).isEqualTo("""
                {
                  "info": {
                    "title": "t",
                    "version": "1"
                  },
                  "paths": {},
                  "servers": [
                    {
                      "url": "http://localhost"
                    }
                  ]
                }
                """);
    }

    /** Sorts every object's keys (arrays keep their order) and drops the port of a server on localhost. */
    static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            var sorted = new TreeMap<String, JsonNode>();
            node.properties().forEach(entry -> sorted.put(entry.getKey(), normalise(entry.getValue())));
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            sorted.forEach(object::set);
            if (object.path("url").isString() && object.size() <= 3) {
                object.put("url", object.get("url").asString().replaceFirst("^(https?://localhost):\\d+", "$1"));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(normalise(element)));
            return array;
        }
        return node;
    }

    /** Two-space indentation, {@code "key": value}, LF line ends and a final newline, like most JSON tooling. */
    static String pretty(JsonNode node) {
        var indenter = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        return JSON.writer().with(printer).writeValueAsString(node) + "\n";
    }

    /** Lists up to 20 JSON paths where the two documents differ. */
    static void compare(String path, JsonNode committed, JsonNode served, List<String> differences) {
        if (differences.size() >= 20 || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            var names = new TreeMap<String, Boolean>();
            committed.propertyNames().forEach(name -> names.put(name, true));
            served.propertyNames().forEach(name -> names.put(name, true));
            for (Map.Entry<String, Boolean> name : names.entrySet()) {
                String child = path + "." + name.getKey();
                if (!committed.has(name.getKey())) {
                    differences.add(child + ": added");
                }
                else if (!served.has(name.getKey())) {
                    differences.add(child + ": removed");
                }
                else {
                    compare(child, committed.get(name.getKey()), served.get(name.getKey()), differences);
                }
            }
            return;
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            for (int i = 0; i < committed.size(); i++) {
                compare(path + "[" + i + "]", committed.get(i), served.get(i), differences);
            }
            return;
        }
        differences.add(path + ": " + abbreviate(committed) + " -> " + abbreviate(served));
    }

    static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}

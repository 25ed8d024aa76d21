package scot.commissioningflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Every endpoint that takes a JSON body, fed what people and programs really send: words in any language, a statement
 * of a megabyte, template and formula text, amounts of 1e25, dates in 1999 and 9999, wrong types, broken JSON. Each
 * answer must be a success or a 4xx that says what is wrong; never a 500. Bodies are built from the published
 * OpenAPI schemas, and each endpoint is called by someone its rule allows, so the input gets past sign-in.
 */
class HostileInputTest extends JourneyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Words as people write them: Gaelic, Polish, Urdu, an emoji, a right-to-left mark. */
    private static final String WORDS = "Seònaid Ní Bhriain, Małgorzata Wąsowska, عائشہ خان 🙂\u200F";
    private static final String MEGABYTE = "Our approach to outcomes. ".repeat(40_000);

    @Autowired
    List<AccessRules> featureRules;

    @Test
    void noBodyAPersonOrProgramCouldSendGetsAServerError() {
        JsonNode docs = api.as(person(Set.of(Role.ADMINISTRATOR))).get("/v3/api-docs").expect(200).body();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (EndpointRule rule : bodyTakingRules()) {
            JsonNode operation = docs.path("paths").path(rule.pattern()).path(rule.method().name().toLowerCase());
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                continue;
            }
            Api.SignedIn caller = rule.isPublic() ? api.withAuthorization(null)
                    : api.as(person(rule.roles().isEmpty() ? Set.of(Role.COMMISSIONER) : rule.roles()));
            String path = rule.pattern().replaceAll("\\{[^}]+}", "HOSTILE-1");
            for (Map.Entry<String, Object> variant : variants(schema, docs).entrySet()) {
                calls++;
                int status = caller.send(rule.method(), path, variant.getValue()).status();
                if (status >= 500) {
                    failures.add(rule.method() + " " + rule.pattern() + " with " + variant.getKey() + ": HTTP "
                            + status);
                }
            }
        }
        assertThat(calls).as("bodies sent").isGreaterThan(100);
        assertThat(failures).as("server errors for input a person or program could send").isEmpty();
    }

    private List<EndpointRule> bodyTakingRules() {
        return featureRules.stream().flatMap(rules -> rules.rules().stream())
                .filter(rule -> rule.method() == HttpMethod.POST || rule.method() == HttpMethod.PUT
                        || rule.method() == HttpMethod.PATCH)
                .toList();
    }

    private static SignedInPerson person(Set<Role> roles) {
        return new SignedInPerson("hostile.tester", "Hostile Tester", roles,
                roles.contains(Role.PROVIDER_USER) ? "PRV-OWN00001" : "DEMO-HSCP", null);
    }

    /** A plausible body, then that body with one field at a time made hostile, then broken bodies. */
    private Map<String, Object> variants(JsonNode schema, JsonNode docs) {
        Map<String, Object> variants = new LinkedHashMap<>();
        JsonNode plausible = plausible(schema, docs, 0);
        variants.put("a plausible body", plausible);
        if (plausible instanceof ObjectNode object) {
            JsonNode properties = resolve(schema, docs).path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                String name = names.next();
                for (Map.Entry<String, JsonNode> hostile : hostile(resolve(properties.path(name), docs)).entrySet()) {
                    ObjectNode copy = object.deepCopy();
                    copy.set(name, hostile.getValue());
                    variants.put(name + " = " + hostile.getKey(), copy);
                }
            }
        }
        variants.put("an empty object", NODES.objectNode());
        variants.put("a JSON array", NODES.arrayNode());
        variants.put("broken JSON", new RawJson("{\"name\": "));
        return variants;
    }

    private static Map<String, JsonNode> hostile(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        switch (type) {
            case "string" -> {
                values.put("a megabyte of text", NODES.textNode(MEGABYTE));
                values.put("template text", NODES.textNode("Manage my own ${money} and {{budget}}"));
                values.put("a formula", NODES.textNode("=HYPERLINK(\"http://example.org\")"));
                values.put("a year 9999 date", NODES.textNode("9999-12-31"));
                values.put("a year 1999 date", NODES.textNode("1999-01-01"));
                values.put("not a date", NODES.textNode("the thirty-first of never"));
                values.put("an empty string", NODES.textNode(""));
            }
            case "number", "integer" -> {
                values.put("1e25", NODES.numberNode(new java.math.BigDecimal("1e25")));
                values.put("1e12", NODES.numberNode(new java.math.BigDecimal("1e12")));
                values.put("minus one", NODES.numberNode(-1));
                values.put("a tiny fraction", NODES.numberNode(new java.math.BigDecimal("1e-30")));
                values.put("text", NODES.textNode("lots"));
            }
            case "boolean" -> values.put("text", NODES.textNode("maybe"));
            case "array" -> {
                values.put("ten thousand items", tenThousand());
                values.put("an object", NODES.objectNode());
            }
            default -> values.put("a number", NODES.numberNode(7));
        }
        values.put("null", NODES.nullNode());
        return values;
    }

    private static ArrayNode tenThousand() {
        ArrayNode items = NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            items.add(WORDS);
        }
        return items;
    }

    private JsonNode plausible(JsonNode schema, JsonNode docs, int depth) {
        JsonNode resolved = resolve(schema, docs);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        return switch (resolved.path("type").asText()) {
            case "string" -> switch (resolved.path("format").asText()) {
                case "date" -> NODES.textNode("2027-04-01");
                case "date-time" -> NODES.textNode("2027-04-01T09:00:00Z");
                case "email" -> NODES.textNode("seonaid@example.org");
                default -> NODES.textNode(WORDS);
            };
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1250.50"));
            case "integer" -> NODES.numberNode(3);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(plausible(resolved.path("items"), docs, depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                JsonNode properties = resolved.path("properties");
                for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    object.set(name, plausible(properties.path(name), docs, depth + 1));
                }
                yield object;
            }
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode docs) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String name = current.path("$ref").asText().replace("#/components/schemas/", "");
            current = docs.path("components").path("schemas").path(name);
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0), docs);
        }
        return current;
    }

    /** A body sent as these characters exactly, even when they are not JSON. */
    record RawJson(String text) {
        @com.fasterxml.jackson.annotation.JsonRawValue
        @com.fasterxml.jackson.annotation.JsonValue
        public String text() {
            return text;
        }
    }
}

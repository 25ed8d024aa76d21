package scot.commissioningflow.identity.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.ACCOUNT_PASSWORD;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.ALLOWED_ROLES;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.ANYONE_SIGNED_IN;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.BEARER_TOKEN;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.BROWSER_SESSION;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.CSRF_TOKEN;
import static scot.commissioningflow.identity.openapi.AccessInTheApiDescription.PUBLIC_BECAUSE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.portal.Pages;

/**
 * The published OpenAPI document ({@code /v3/api-docs}) against the application itself: every handler and nothing
 * else, the ways to sign in, who may call each operation as the features' {@link AccessRules} say, and request
 * bodies and parameters with typed schemas. Each failure names the endpoint and what is missing.
 */
class PublishedApiTest extends JourneyTest {

    /**
     * Request bodies that take fields they do not name, on purpose, and why. Each must say so in the document's
     * description of the body, and type the fields it does name; any other untyped object fails.
     */
    static final Map<String, String> OPEN_BODIES = Map.of(
            "POST /api/tasks/{taskKey}/complete", "The task's form decides the fields (GET /api/tasks/{taskKey}/form).",
            "POST /api/reference-data/{dataset}", "Each dataset has figure fields of its own besides the period's.",
            "POST /api/reference-data/{dataset}/{id}/changes", "Each dataset has figure fields of its own besides the"
                    + " period's.");

    private static final Set<String> TRUSTED_HEADERS = Set.of("x-user", "x-role", "x-organisation");
    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<AccessRules> featureRules;

    private JsonNode docs;

    @BeforeEach
    void fetchTheDocument() {
        docs = api.get("/v3/api-docs").expect(200).body();
    }

    @Test
    void everyHandlerIsDocumentedWithItsMethodAndPathAndNothingElse() {
        Set<String> handlers = handlers();
        Set<String> documented = new TreeSet<>();
        operations((endpoint, operation) -> documented.add(endpoint));
        List<String> problems = new ArrayList<>();
        handlers.stream().filter(h -> !documented.contains(h)).forEach(h -> problems.add(h + ": not documented"));
        documented.stream().filter(d -> !handlers.contains(d))
                .forEach(d -> problems.add(d + ": documented, but no handler answers it"));
        assertThat(problems).as("handlers against the published document").isEmpty();
        assertThat(documented).as("the document's operations").isNotEmpty();
    }

    @Test
    void theSecuritySchemesAreTheWaysToSignIn() {
        JsonNode schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path(BEARER_TOKEN).path("type").asText()).isEqualTo("http");
        assertThat(schemes.path(BEARER_TOKEN).path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path(BEARER_TOKEN).path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(schemes.path(ACCOUNT_PASSWORD).path("type").asText()).isEqualTo("http");
        assertThat(schemes.path(ACCOUNT_PASSWORD).path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path(BROWSER_SESSION).path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path(BROWSER_SESSION).path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path(BROWSER_SESSION).path("name").asText()).isEqualTo("JSESSIONID");
        assertThat(schemes.path(CSRF_TOKEN).path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path(CSRF_TOKEN).path("in").asText()).isEqualTo("header");
        assertThat(schemes.path(CSRF_TOKEN).path("name").asText()).isEqualTo("X-XSRF-TOKEN");
        assertThat(schemes.path(CSRF_TOKEN).path("description").asText()).contains("XSRF-TOKEN cookie");
    }

    @Test
    void everyOperationSaysWhoMayCallItAsItsAccessRuleDoes() {
        List<String> problems = new ArrayList<>();
        operations((endpoint, operation) -> problems.addAll(accessProblems(endpoint, operation)));
        assertThat(problems).as("operations whose security or roles differ from their access rule").isEmpty();
    }

    @Test
    void noRequestBodyOrParameterIsAnUntypedObject() {
        List<String> problems = new ArrayList<>();
        operations((endpoint, operation) -> problems.addAll(schemaProblems(endpoint, operation)));
        assertThat(problems).as("request bodies and parameters without a typed schema").isEmpty();
    }

    @Test
    void theTrustedHeadersAreGoneFromTheDocument() {
        List<String> problems = new ArrayList<>();
        operations((endpoint, operation) -> problems.addAll(trustedHeaders(endpoint, operation)));
        docs.path("components").path("parameters").forEach(parameter -> {
            if (TRUSTED_HEADERS.contains(parameter.path("name").asText().toLowerCase(Locale.ROOT))) {
                problems.add("components.parameters: " + parameter.path("name").asText());
            }
        });
        assertThat(problems).as("X-User, X-Role or X-Organisation still documented").isEmpty();
    }

    /** The endpoints whose rules exist on every branch: the whole check passes for them. */
    @Test
    void whoIsSignedInAndTheAuditTrailAreDescribedByTheirRules() {
        JsonNode me = docs.path("paths").path("/api/me").path("get");
        assertThat(me.path(ANYONE_SIGNED_IN).asBoolean()).isTrue();
        assertThat(me.has(ALLOWED_ROLES)).isFalse();
        assertThat(me.path("parameters")).as("the signed-in person is no parameter").isEmpty();
        assertThat(me.path("description").asText()).contains("anyone signed in");

        JsonNode audit = docs.path("paths").path("/api/audit").path("get");
        assertThat(texts(audit.path(ALLOWED_ROLES)))
                .containsExactly("ADMINISTRATOR", "PROCUREMENT_LEAD", "PROCUREMENT_OFFICER");
        assertThat(audit.path("description").asText())
                .contains("an administrator, a procurement lead or a procurement officer");
        assertThat(schemesOf(audit)).containsExactlyInAnyOrder(Set.of(BEARER_TOKEN), Set.of(ACCOUNT_PASSWORD),
                Set.of(BROWSER_SESSION));

        for (String endpoint : List.of("GET /api/me", "GET /api/audit")) {
            JsonNode operation = endpoint.endsWith("me") ? me : audit;
            assertThat(accessProblems(endpoint, operation)).isEmpty();
            assertThat(schemaProblems(endpoint, operation)).isEmpty();
            assertThat(trustedHeaders(endpoint, operation)).isEmpty();
        }
    }

    @Test
    void aChangeWithABrowserSessionNeedsTheCsrfToken() {
        List<String> problems = new ArrayList<>();
        operations((endpoint, operation) -> {
            boolean changes = !endpoint.startsWith("GET ");
            for (Set<String> requirement : schemesOf(operation)) {
                if (requirement.contains(BROWSER_SESSION) && changes != requirement.contains(CSRF_TOKEN)) {
                    problems.add(endpoint + ": a browser session " + (changes ? "without" : "with")
                            + " the CSRF token");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private List<String> accessProblems(String endpoint, JsonNode operation) {
        List<String> problems = new ArrayList<>();
        Optional<EndpointRule> found = ruleFor(endpoint);
        if (found.isEmpty()) {
            return List.of(endpoint + ": no access rule names it; add one to its feature's AccessRules");
        }
        EndpointRule rule = found.get();
        String description = operation.path("description").asText();
        JsonNode security = operation.get("security");
        if (rule.isPublic()) {
            if (security == null || !security.isEmpty()) {
                problems.add(endpoint + ": public, but its security requirement is not the empty list");
            }
            if (!rule.publicBecause().equals(operation.path(PUBLIC_BECAUSE).asText())
                    || !description.contains(rule.publicBecause())) {
                problems.add(endpoint + ": public, but the document does not give the reason: " + rule.publicBecause());
            }
            return problems;
        }
        Set<String> declared = new HashSet<>();
        docs.path("components").path("securitySchemes").fieldNames().forEachRemaining(declared::add);
        List<Set<String>> requirements = schemesOf(operation);
        if (requirements.isEmpty()) {
            problems.add(endpoint + ": needs sign-in, but has no security requirement");
        }
        requirements.stream().flatMap(Set::stream).filter(name -> !declared.contains(name))
                .forEach(name -> problems.add(endpoint + ": requires the undeclared security scheme " + name));
        if (operation.has(PUBLIC_BECAUSE)) {
            problems.add(endpoint + ": needs sign-in, but is described as public");
        }
        if (rule.roles().isEmpty()) {
            if (!operation.path(ANYONE_SIGNED_IN).asBoolean() || operation.has(ALLOWED_ROLES)) {
                problems.add(endpoint + ": open to anyone signed in, but not described so");
            }
            return problems;
        }
        List<String> roles = rule.roles().stream().map(Enum::name).sorted().toList();
        if (!texts(operation.path(ALLOWED_ROLES)).equals(roles)) {
            problems.add(endpoint + ": allows " + roles + ", but the document lists "
                    + texts(operation.path(ALLOWED_ROLES)));
        }
        if (!description.contains(AccessInTheApiDescription.inWords(roles))) {
            problems.add(endpoint + ": its description does not name the roles allowed, " + roles);
        }
        return problems;
    }

    private List<String> schemaProblems(String endpoint, JsonNode operation) {
        List<String> problems = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String where = parameter.path("in").asText() + " parameter " + parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            if (!"path".equals(parameter.path("in").asText()) && isObject(schema)) {
                problems.add(endpoint + ": the " + where + " is an object; a value the application resolves (the"
                        + " caller, the editor, the signed-in person) is no parameter");
            } else {
                untyped(parameter.path("schema"), where, new HashSet<>(), problems, endpoint);
            }
        }
        JsonNode body = operation.path("requestBody");
        body.path("content").fields().forEachRemaining(content -> {
            JsonNode schema = resolve(content.getValue().path("schema"));
            if (!OPEN_BODIES.containsKey(endpoint)) {
                untyped(content.getValue().path("schema"), "request body", new HashSet<>(), problems, endpoint);
                return;
            }
            if (body.path("description").asText().isBlank()) {
                problems.add(endpoint + ": its request body is open on purpose, but the document does not say"
                        + " so: " + OPEN_BODIES.get(endpoint));
            }
            if (!isOpen(schema) && !takesUnnamedFields(schema)) {
                problems.add(endpoint + ": its request body names all its fields; take it off OPEN_BODIES");
            }
            for (String composition : List.of("allOf", "oneOf", "anyOf")) {
                schema.path(composition).forEach(part ->
                        untyped(part, "request body", new HashSet<>(), problems, endpoint));
            }
        });
        return problems;
    }

    /** Walks a schema and every schema it names, reporting each object that says nothing of its fields. */
    private void untyped(JsonNode schema, String where, Set<String> seen, List<String> problems, String endpoint) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            if (!seen.add(name)) {
                return;
            }
            untyped(resolve(schema), where.equals("request body") ? "request body " + name : where, seen, problems,
                    endpoint);
            return;
        }
        if (isOpen(schema)) {
            problems.add(endpoint + ": the " + where + " is an untyped object");
            return;
        }
        if (takesUnnamedFields(schema)) {
            problems.add(endpoint + ": the " + where + " takes fields it does not name");
        }
        schema.path("properties").fields().forEachRemaining(property ->
                untyped(property.getValue(), where + "." + property.getKey(), seen, problems, endpoint));
        if (schema.path("additionalProperties").isObject()) {
            untyped(schema.path("additionalProperties"), where + "{*}", seen, problems, endpoint);
        }
        if (schema.has("items")) {
            untyped(schema.path("items"), where + "[]", seen, problems, endpoint);
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(composition).forEach(part -> untyped(part, where, seen, problems, endpoint));
        }
    }

    /** An object (or anything at all) with no named fields: nothing tells a caller what to send. */
    private static boolean isOpen(JsonNode schema) {
        boolean composed = schema.has("$ref") || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf");
        boolean typeless = !schema.has("type") && !schema.has("enum") && !composed;
        boolean noFields = schema.path("properties").isEmpty();
        JsonNode additional = schema.path("additionalProperties");
        boolean freeForm = additional.isMissingNode() || additional.asBoolean(false)
                || additional.isObject() && additional.isEmpty();
        return typeless || "object".equals(schema.path("type").asText()) && noFields && freeForm && !composed;
    }

    /** Named fields and then any others ({@code additionalProperties: true}). */
    private static boolean takesUnnamedFields(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.asBoolean(false) || additional.isObject() && additional.isEmpty();
    }

    private static boolean isObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) || schema.has("properties");
    }

    private List<String> trustedHeaders(String endpoint, JsonNode operation) {
        List<String> problems = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (TRUSTED_HEADERS.contains(parameter.path("name").asText().toLowerCase(Locale.ROOT))) {
                problems.add(endpoint + ": documents the " + parameter.path("in").asText() + " parameter "
                        + parameter.path("name").asText() + "; the caller is the signed-in person");
            }
        }
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
        return docs.path("components").path("schemas").path(name);
    }

    /** Each alternative way to meet the operation's security requirement, as the set of schemes it needs. */
    private static List<Set<String>> schemesOf(JsonNode operation) {
        List<Set<String>> requirements = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            Set<String> schemes = new TreeSet<>();
            requirement.fieldNames().forEachRemaining(schemes::add);
            requirements.add(schemes);
        }
        return requirements;
    }

    /** The rule that decides an endpoint: the first whose method and pattern match, in the filter chain's order. */
    private Optional<EndpointRule> ruleFor(String endpoint) {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        return featureRules.stream().flatMap(rules -> rules.rules().stream())
                .filter(rule -> rule.method().equals(method))
                .filter(rule -> rule.pattern().equals(path)
                        || PathPatternParser.defaultInstance.parse(rule.pattern()).matches(PathContainer.parsePath(path)))
                .findFirst();
    }

    private void operations(BiConsumer<String, JsonNode> each) {
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (OPERATION_KEYS.contains(entry.getKey())) {
                each.accept(entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), entry.getValue());
            }
        }));
    }

    /** The product's own handlers, as "METHOD /path"; one mapped to no method would answer every method. */
    private Set<String> handlers() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("scot.commissioningflow")
                    // The portal's pages are for browsers, not part of the API (their access rules are checked
                    // with every other endpoint's, in EveryEndpointHasAnAccessRuleTest and PageAccessTest).
                    || Pages.class.isAssignableFrom(mapping.getValue().getBeanType())) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            assertThat(info.getMethodsCondition().getMethods()).as(mapping.getValue() + " names its HTTP method")
                    .isNotEmpty();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

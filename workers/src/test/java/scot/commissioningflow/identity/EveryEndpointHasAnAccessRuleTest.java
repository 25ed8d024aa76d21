package scot.commissioningflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Expect;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Fails when an endpoint of the product has no place in the access matrix: each must be public on purpose (listed
 * here with the reason) or have rows in a feature's {@code access/*.csv} that show someone allowed and someone refused.
 * The features' own access tests run those rows against the application.
 */
class EveryEndpointHasAnAccessRuleTest extends JourneyTest {

    /** Endpoints anyone may call without signing in, and why. */
    static final Map<String, String> PUBLIC_ON_PURPOSE = Map.of(
            "GET /api/opportunities", "Open opportunities are public notices: providers find them before signing in.",
            "GET /api/opportunities/{reference}", "An open opportunity's notice is public, as on Public Contracts "
                    + "Scotland.",
            "POST /api/contracts/{reference}/signature-events", "The e-signature service calls it, proving itself "
                    + "with the shared webhook secret rather than a person's sign-in.",
            "GET /api/open-data/releases", "Open contracting data: published for anyone to reuse (OCDS).",
            "GET /api/open-data/releases/{ocid}", "Open contracting data: one process's releases.",
            "GET /api/open-data/records", "Open contracting data: records with compiled releases.",
            "GET /api/open-data/records/{ocid}", "Open contracting data: one process's record.",
            "GET /api/open-data/publication-policy", "The policy the open data packages link to.");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<AccessRules> featureRules;

    @Test
    void theRulesOpenToThePublicExactlyTheEndpointsListedHere() {
        Set<String> open = featureRules.stream().flatMap(rules -> rules.rules().stream())
                .filter(EndpointRule::isPublic).map(rule -> rule.method().name() + " " + rule.pattern())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(open).containsExactlyInAnyOrderElementsOf(PUBLIC_ON_PURPOSE.keySet());
    }

    @Test
    void everyEndpointIsPublicOnPurposeOrInTheAccessMatrix() {
        List<Row> rows = AccessMatrix.allRows();
        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints()) {
            if (PUBLIC_ON_PURPOSE.containsKey(endpoint)) {
                continue;
            }
            Set<Expect> expectations = rows.stream().filter(row -> row.endpoint().equals(endpoint))
                    .map(Row::expect).collect(Collectors.toSet());
            if (!expectations.contains(Expect.ALLOWED)) {
                missing.add(endpoint + ": nobody is shown allowed");
            }
            if (!expectations.contains(Expect.REFUSED) && !expectations.contains(Expect.SIGN_IN)) {
                missing.add(endpoint + ": nobody is shown refused");
            }
        }
        assertThat(missing).as("endpoints without rows in src/test/resources/access/*.csv").isEmpty();
    }

    @Test
    void everyRowNamesAnEndpointThatExists() {
        Set<String> endpoints = endpoints();
        Set<String> unknown = AccessMatrix.allRows().stream().map(Row::endpoint).filter(e -> !endpoints.contains(e))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown).as("rows for endpoints that do not exist").isEmpty();
    }

    @Test
    void publicEndpointsAnswerWithoutSignIn() {
        assertThat(api.get("/api/opportunities").status()).isEqualTo(200);
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("scot.commissioningflow")) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }
}

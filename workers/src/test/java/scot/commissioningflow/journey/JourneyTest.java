package scot.commissioningflow.journey;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.faults.LostCompletions;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.tasks.TaskInbox;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;
import scot.commissioningflow.testing.OwnEngine;

/**
 * Base of every test that drives whole processes: the real application on a real Zeebe engine and a real
 * MySQL-protocol database, with external services answered by one WireMock server. All journey tests share one
 * application context (and so one engine), so each test works under business keys of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OwnEngine.Required.class)
@ActiveProfiles("test")
@Import({FreshDatabase.class, EngineHarness.class, Api.class, TestSignIn.class, LostCompletions.class,
        LostProcesses.class, LateCommit.class})
public abstract class JourneyTest {

    /** Where on {@link #EXTERNAL_SERVICES} the council's identity provider answers. */
    protected static final String COUNCIL_IDP = "/council-idp";

    /** Started once per test JVM; stubs are added per test under paths unique to the test. */
    protected static final WireMockServer EXTERNAL_SERVICES = startExternalServices();

    private static WireMockServer startExternalServices() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        // Services every journey may reach: answered unless a test stubs something more specific.
        server.stubFor(post(urlEqualTo("/e-signature/envelopes")).atPriority(10)
                .willReturn(okJson("{\"envelopeId\": \"ENV-TEST\"}")));
        server.stubFor(post(urlMatching("/e-signature/envelopes/.*/reminders")).atPriority(10)
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/notifications/messages")).atPriority(10)
                .willReturn(aResponse().withStatus(202)));
        // The council's OpenID Connect provider: its discovery document, with the test key's JWKS.
        server.stubFor(get(urlEqualTo(COUNCIL_IDP + "/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%2$s", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(server.baseUrl() + COUNCIL_IDP,
                SignedTokens.jwkSetUri()))));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @Autowired
    protected Api api;

    @Autowired
    protected EngineHarness engine;

    @Autowired
    protected TaskInbox inbox;

    @Autowired
    private TransactionTemplate transaction;

    /**
     * Runs the work in a transaction of its own, committed before it returns: rows written straight to the tables (the
     * pool's connections are not in auto-commit, and the application's JdbcTemplate refuses to write outside a
     * transaction), or an event published as the product publishes it, inside the transaction that commits it.
     */
    protected void committed(Runnable writes) {
        transaction.executeWithoutResult(status -> writes.run());
    }

    /** Waits for the human task a process has reached for this business key at this BPMN element. */
    protected TaskView awaitTask(String businessKey, String elementId) {
        TaskQuery query = TaskQuery.open().forBusinessKey(businessKey).atElement(elementId);
        return await().atMost(EngineHarness.PATIENCE).until(() -> inbox.find(query), tasks -> !tasks.isEmpty())
                .getFirst();
    }

    /**
     * For a journey that cannot share the others' context: one that moves the engine's and the product's clock by
     * years, or turns on what the others keep off. Its own application context (so its own engine and clock) and its
     * own database, named after the shared one with this suffix, so the shared journeys keep their dates and data.
     * Such a class is annotated {@link OwnEngine}, so that it runs in a JVM apart from the shared context's engine and
     * its own context and engine are closed once it is done; {@link OwnEngine.Required} fails it otherwise.
     */
    protected static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry, String suffix) {
        String shared = System.getenv("CF_TEST_DATABASE_URL");
        if (shared == null || shared.isBlank()) {
            registry.add("commissioning.database.data-dir", () -> "target/test-mariadb/" + suffix);
        } else {
            int query = shared.indexOf('?');
            String base = query < 0 ? shared : shared.substring(0, query);
            registry.add("spring.datasource.url", () -> base + "_" + suffix + "?createDatabaseIfNotExist=true");
        }
    }

    @DynamicPropertySource
    static void externalServices(DynamicPropertyRegistry registry) {
        registry.add("commissioning.care-inspectorate.base-url", () -> EXTERNAL_SERVICES.baseUrl() + "/care-inspectorate");
        registry.add("commissioning.care-inspectorate-datastore.base-url",
                () -> EXTERNAL_SERVICES.baseUrl() + "/care-inspectorate-datastore/datastore.csv");
        registry.add("commissioning.e-signature.base-url", () -> EXTERNAL_SERVICES.baseUrl() + "/e-signature");
        registry.add("commissioning.notifications.base-url", () -> EXTERNAL_SERVICES.baseUrl() + "/notifications");
        registry.add("commissioning.public-contracts-scotland.base-url", () -> EXTERNAL_SERVICES.baseUrl() + "/pcs");
        registry.add("commissioning.charity-register.base-url", () -> EXTERNAL_SERVICES.baseUrl() + "/charity-register");
        registry.add("commissioning.company-register.base-url", () -> EXTERNAL_SERVICES.baseUrl() + "/company-register");
        // People can also sign in through the council's provider, as in profile oidc (but product accounts stay on).
        registry.add("spring.security.oauth2.client.registration.council.provider", () -> "council");
        registry.add("spring.security.oauth2.client.registration.council.client-id", () -> "commissioning-flow");
        registry.add("spring.security.oauth2.client.registration.council.client-secret", () -> "council-secret");
        registry.add("spring.security.oauth2.client.registration.council.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri",
                () -> EXTERNAL_SERVICES.baseUrl() + COUNCIL_IDP);
    }
}

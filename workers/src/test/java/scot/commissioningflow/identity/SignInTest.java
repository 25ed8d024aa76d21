package scot.commissioningflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.JourneyTest;

/** Signing in as people do: the login page with a demo account, account credentials, and council bearer tokens. */
class SignInTest extends JourneyTest {

    private static final SignedInPerson EVALUATOR = new SignedInPerson("ewan.evaluator", "Ewan", Set.of(Role.EVALUATOR),
            "DEMO-HSCP", null);

    @Autowired
    private JdbcTemplate jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void aDemoAccountSignsInAtTheLoginPageAndItsSessionNeedsTheFormTokenToChangeAnything() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);

        HttpResponse<String> login = browser.postForm("/login", "username=aileen.commissioner"
                + "&password=thistle-commissioner-58&_csrf=" + browser.cookie("XSRF-TOKEN"));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"aileen.commissioner\"").contains("COMMISSIONER");

        HttpResponse<String> withoutToken = browser.postJson("/logout", "{}", null);
        assertThat(withoutToken.statusCode()).as("a change from a session without the form token").isEqualTo(403);
        assertThat(browser.get("/api/me").statusCode()).as("still signed in").isEqualTo(200);
        HttpResponse<String> withToken = browser.postJson("/logout", "{}", browser.cookie("XSRF-TOKEN"));
        assertThat(withToken.statusCode()).as("signing out with the token").isEqualTo(204);
        assertThat(browser.get("/api/me").statusCode()).as("signed out").isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedAndFiveInARowLockTheAccount() throws Exception {
        Browser browser = new Browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.getWithBasic("/api/me", "ali.analyst", "wrong-" + attempt).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = browser.getWithBasic("/api/me", "ali.analyst", "cairn-analyst-19");
        assertThat(locked.statusCode()).as("the right password while locked").isEqualTo(401);
    }

    /** The journeys share the demo accounts: the analyst's lock would otherwise outlast this test. */
    @AfterEach
    void unlockTheAnalyst() {
        committed(() -> jdbc.update("UPDATE person_account SET failed_attempts = 0, locked_until = NULL WHERE "
                + "username = ?", "ali.analyst"));
    }

    @Test
    void aUserNameIsMatchedExactlyAsWritten() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.getWithBasic("/api/me", "SEONAID.PERSON", "machair-person-62").statusCode()).isEqualTo(401);
        assertThat(browser.getWithBasic("/api/me", "seònaid.person", "machair-person-62").statusCode()).isEqualTo(401);
    }

    @Test
    void accountCredentialsSignInAnApiCallWithoutASession() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> me = browser.getWithBasic("/api/me", "seonaid.person", "machair-person-62");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("Seònaid NicLeòid");
        assertThat(browser.cookie("JSESSIONID")).as("no session kept for a call with credentials").isNull();
    }

    @Test
    void aCouncilTokenSignsInWithTheRolesAndOrganisationItsClaimsGive() {
        var me = api.as(EVALUATOR).get("/api/me").expect(200).body();
        assertThat(me.path("roles").get(0).asText()).isEqualTo("EVALUATOR");
        assertThat(me.path("organisation").asText()).isEqualTo("DEMO-HSCP");
    }

    @Test
    void anExpiredTokenOrOneSignedByAnotherKeyIsNotAccepted() {
        assertThat(api.withAuthorization(SignedTokens.expired(EVALUATOR)).get("/api/me").status()).isEqualTo(401);
        assertThat(api.withAuthorization(SignedTokens.signedByStranger(EVALUATOR)).get("/api/me").status())
                .isEqualTo(401);
    }

    @Test
    void withoutSignInAnApiCallIsToldToSignInAndABrowserIsSentToTheLoginPage() throws Exception {
        var answer = api.get("/api/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("detail").asText()).startsWith("Sign in to use this");
        assertThat(answer.body().has("trace")).isFalse();

        HttpResponse<String> root = new Browser().getHtml("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    /** A browser: keeps cookies, follows no redirects. */
    private class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        HttpResponse<String> getHtml(String path) throws IOException, InterruptedException {
            return send(request(path).header("Accept", "text/html").GET().build());
        }

        HttpResponse<String> getWithBasic(String path, String user, String password)
                throws IOException, InterruptedException {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        HttpResponse<String> postJson(String path, String json, String csrfToken)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
            if (csrfToken != null) {
                request.header("X-XSRF-TOKEN", csrfToken);
            }
            return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)).findFirst()
                    .orElse(null);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}

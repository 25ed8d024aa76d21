package scot.commissioningflow.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The council's own OpenID Connect provider, played by WireMock with a real signing key (see {@link JourneyTest}): a
 * browser is sent there to sign in, comes back with a code, and is signed in with the roles and organisation its
 * claims give.
 */
class CouncilIdentityProviderTest extends JourneyTest {

    private static final String PROVIDER = EXTERNAL_SERVICES.baseUrl() + COUNCIL_IDP;

    @Value("${local.server.port}")
    int port;

    @Test
    void aBrowserSignsInAtTheCouncilsProviderAndGetsTheRolesItsClaimsName() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> toProvider = browser.send(request("/oauth2/authorization/council").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER + "/authorize");

        // The provider signs the person in and issues an ID token bound to this login's nonce.
        String idToken = SignedTokens.sign(new JWTClaimsSet.Builder().issuer(PROVIDER)
                .subject("c0ffee").audience("commissioning-flow").claim("nonce", parameter(authorize, "nonce"))
                .claim("preferred_username", "mairi.macleod").claim("name", "Màiri MacLeòid")
                .claim("roles", List.of("procurement-officer", "offline_access"))
                .claim("organisation", "DEMO-HSCP").issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5)))).build());
        EXTERNAL_SERVICES.stubFor(post(urlEqualTo(COUNCIL_IDP + "/token")).willReturn(okJson("{\"access_token\": "
                + "\"opaque\", \"token_type\": \"Bearer\", \"expires_in\": 300, \"id_token\": \"" + idToken + "\"}")));

        HttpResponse<String> back = browser.send(request("/login/oauth2/code/council?code=one-time-code&state="
                + parameter(authorize, "state")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> me = browser.send(request("/api/me").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"mairi.macleod\"").contains("Màiri MacLeòid")
                .contains("\"roles\":[\"PROCUREMENT_OFFICER\"]").contains("\"organisation\":\"DEMO-HSCP\"");
        assertThat(browser.send(request("/api/audit").GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("an endpoint only that role may use").isEqualTo(200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String parameter(String url, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(matcher.find()).as(name + " in " + url).isTrue();
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
}

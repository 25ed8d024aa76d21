package scot.commissioningflow.identity.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Bearer tokens as a council's identity provider issues them: signed with a real RSA key whose public half a WireMock
 * server publishes as a JWKS document, which the application fetches and checks signatures against. One key and one
 * server per test JVM.
 */
public final class SignedTokens {

    private static final RSAKey KEY = generate();
    private static final WireMockServer JWKS = start();

    private SignedTokens() {
    }

    public static String jwkSetUri() {
        return JWKS.baseUrl() + "/.well-known/jwks.json";
    }

    /** The Authorization header value for this person, valid for an hour. */
    public static String bearer(SignedInPerson person) {
        return "Bearer " + token(person, Instant.now().plus(Duration.ofHours(1)), KEY);
    }

    /** A person with these roles, acting for this organisation (a provider reference or council code, or null). */
    public static String bearer(String username, String organisation, Role... roles) {
        return bearer(new SignedInPerson(username, username, java.util.Set.of(roles), organisation, null));
    }

    /** A token that expired a minute ago. */
    public static String expired(SignedInPerson person) {
        return "Bearer " + token(person, Instant.now().minus(Duration.ofMinutes(1)), KEY);
    }

    /** A token signed by a key the application has never been told about. */
    public static String signedByStranger(SignedInPerson person) {
        return "Bearer " + token(person, Instant.now().plus(Duration.ofHours(1)), generate());
    }

    /** Any claims, signed with the key the JWKS endpoint publishes: an ID token, a token with other claim names. */
    public static String sign(JWTClaimsSet claims) {
        return sign(claims, KEY);
    }

    private static String token(SignedInPerson person, Instant expires, RSAKey key) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(person.username())
                .claim("preferred_username", person.username()).claim("name", person.displayName())
                .claim("roles", person.roles().stream().map(Role::name).toList())
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(1)))).expirationTime(Date.from(expires));
        if (person.organisation() != null) {
            claims.claim("organisation", person.organisation());
        }
        if (person.represents() != null) {
            claims.claim("represents", person.represents());
        }
        return sign(claims.build(), key);
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
                .willReturn(okJson(new JWKSet(List.of(KEY.toPublicJWK())).toString())));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

}

package scot.commissioningflow.identity.signin;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import scot.commissioningflow.platform.ClockConfiguration;

/**
 * Sign-in for tests: the application's own filter chain and access rules, with bearer tokens checked against the
 * {@link SignedTokens} key fetched from its WireMock JWKS endpoint. Import it into a {@code @WebMvcTest} together with
 * the feature's {@code AccessRules}; journey tests get it through {@code JourneyTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ClockConfiguration.class, SecurityConfiguration.class, People.class, ProblemResponses.class, SignedInPersonArgument.class})
public class TestSignIn {

    @Bean
    JwtDecoder councilTokens() {
        return NimbusJwtDecoder.withJwkSetUri(SignedTokens.jwkSetUri()).build();
    }
}

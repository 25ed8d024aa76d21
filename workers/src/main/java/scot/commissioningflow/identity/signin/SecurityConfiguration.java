package scot.commissioningflow.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.AccountLockout;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;

/**
 * The one filter chain: who may reach what (each feature's {@link AccessRules}, then everything else refused), and
 * how people sign in.
 * <ul>
 * <li>Browsers sign in at {@code /login} with a product account, or through the council's OpenID Connect provider
 * when one is registered; their session is a cookie, so changes need the CSRF token from the {@code XSRF-TOKEN}
 * cookie sent back in {@code X-XSRF-TOKEN}.</li>
 * <li>API clients send a bearer token from the council's provider, or account credentials as HTTP Basic. Either is
 * sent deliberately on every call and never by a browser on its own, so those calls need no CSRF token and keep no
 * session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(IdentitySettings.class)
class SecurityConfiguration {

    /** Open to everyone on purpose: signing in, health for load balancers, and the API's own description. */
    private static final String[] PUBLIC = {"/login", "/error", "/actuator/health", "/actuator/health/**",
        "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/favicon.ico",
        "/assets/**"};

    @Bean
    SecurityFilterChain commissioningFlowSecurity(HttpSecurity http, List<AccessRules> featureRules,
            IdentitySettings settings, People people, ProblemResponses problems,
            ObjectProvider<JwtDecoder> bearerTokens, ObjectProvider<ClientRegistrationRepository> councilLogin)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(PUBLIC).permitAll();
            for (AccessRules rules : featureRules) {
                for (EndpointRule rule : rules.rules()) {
                    var endpoint = requests.requestMatchers(rule.method(), rule.pattern());
                    if (rule.isPublic()) {
                        endpoint.permitAll();
                    } else if (rule.roles().isEmpty()) {
                        endpoint.authenticated();
                    } else {
                        endpoint.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
                    }
                }
            }
            requests.anyRequest().denyAll();
        });

        if (settings.accounts()) {
            // The portal draws the sign-in page and is where a person lands (identity keeps the sign-in itself).
            http.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/"));
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        } else {
            http.formLogin(AbstractHttpConfigurer::disable).httpBasic(AbstractHttpConfigurer::disable);
        }
        if (councilLogin.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/"));
        }
        if (bearerTokens.getIfAvailable() != null) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(jwt -> people.authorities(jwt.getClaims()));
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems).jwt(jwt -> jwt.jwtAuthenticationConverter(converter)));
        }

        http.exceptionHandling(errors -> errors.accessDeniedHandler(pagesOrProblems(problems))
                .defaultAuthenticationEntryPointFor(problems, SecurityConfiguration::isApiCall));
        // Public endpoints that change something are called by other systems, which prove themselves in other ways
        // (the e-signature service's shared secret), never with a browser session.
        RequestMatcher[] publicEndpoints = featureRules.stream().flatMap(rules -> rules.rules().stream())
                .filter(EndpointRule::isPublic)
                .map(rule -> PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
                .toArray(RequestMatcher[]::new);
        http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .ignoringRequestMatchers(SecurityConfiguration::carriesCredentials)
                .ignoringRequestMatchers(publicEndpoints));
        // A browser page reads the token from the cookie, so every answer carries a current one (the token changes
        // at sign-in, and Spring otherwise writes it only when something asks for it).
        http.addFilterAfter(new CsrfCookieRenderer(), BasicAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; "
                        + "base-uri 'self'; object-src 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountLockout accountLockout(IdentitySettings settings) {
        return settings.lockout();
    }

    /**
     * A refused API call gets a problem; a refused page the portal's error page in words (with the refusal's sentence),
     * and is audited the same way.
     */
    private static AccessDeniedHandler pagesOrProblems(ProblemResponses problems) {
        return (request, response, e) -> {
            if (isApiCall(request)) {
                problems.handle(request, response, e);
                return;
            }
            String detail;
            if (e instanceof CsrfException) {
                detail = "This form has expired or did not come from Commissioning Flow: go back, reload the page "
                        + "and try again.";
            } else {
                detail = e instanceof Refused ? e.getMessage()
                        : "Your role does not allow this. Ask your administrator if you think it should.";
                problems.refused(request, detail);
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN, detail);
        };
    }

    /** Calls a program makes: under /api, or asking for JSON. They get a 401 problem, not the login page. */
    private static boolean isApiCall(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }
}

package scot.commissioningflow.identity.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.IdentitySettings;

/**
 * Writes into the OpenAPI document how callers sign in and who may call each operation, from the features'
 * {@link AccessRules}: the rules that guard an endpoint are the ones that describe it, so the two cannot drift apart.
 * An operation no rule names is refused to everyone; it is described so and logged, and {@code PublishedApiTest}
 * fails on it.
 */
@Component
class AccessInTheApiDescription implements GlobalOpenApiCustomizer {

    /** A council's identity provider's access token, sent as {@code Authorization: Bearer}. */
    static final String BEARER_TOKEN = "bearerToken";
    /** A product account's username and password, sent as HTTP Basic by API clients. */
    static final String ACCOUNT_PASSWORD = "accountPassword";
    /** A browser's session cookie, set at sign-in (the login page or the council's provider). */
    static final String BROWSER_SESSION = "browserSession";
    /** The CSRF token a browser session sends back with every change. */
    static final String CSRF_TOKEN = "csrfToken";

    static final String ALLOWED_ROLES = "x-allowed-roles";
    static final String ANYONE_SIGNED_IN = "x-anyone-signed-in";
    static final String PUBLIC_BECAUSE = "x-public-because";
    static final String NO_ACCESS_RULE = "x-no-access-rule";

    private static final Logger log = LoggerFactory.getLogger(AccessInTheApiDescription.class);

    static {
        // The signed-in person comes from the sign-in, never from the request's parameters, so it is no parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedInPerson.class);
    }

    private final List<AccessRules> featureRules;
    private final boolean bearerTokens;
    private final boolean accounts;
    private final boolean councilLogin;

    AccessInTheApiDescription(List<AccessRules> featureRules, IdentitySettings settings,
            ObjectProvider<JwtDecoder> bearerTokens, ObjectProvider<ClientRegistrationRepository> councilLogin) {
        this.featureRules = featureRules;
        this.bearerTokens = bearerTokens.getIfAvailable() != null;
        this.accounts = settings.accounts();
        this.councilLogin = councilLogin.getIfAvailable() != null;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        schemes().forEach(api.getComponents()::addSecuritySchemes);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(HttpMethod.valueOf(method.name()), path, operation)));
    }

    /** The ways in that this configuration really offers, as the filter chain sets them up. */
    private Map<String, SecurityScheme> schemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        if (bearerTokens) {
            schemes.put(BEARER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("An access token from the council's identity provider (OpenID"
                            + " Connect); roles and organisation come from its claims."));
        }
        if (accounts) {
            schemes.put(ACCOUNT_PASSWORD, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A product account's username and password, for API clients. Calls with"
                            + " credentials keep no session and need no CSRF token."));
        }
        if (accounts || councilLogin) {
            schemes.put(BROWSER_SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE).name("JSESSIONID").description("The session a browser gets by"
                            + " signing in at /login" + (councilLogin ? " or through the council's identity provider"
                            : "") + "; it ends after 30 minutes without use."));
            schemes.put(CSRF_TOKEN, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN").description("With a browser session, every"
                            + " change sends back the value of the XSRF-TOKEN cookie in this header."));
        }
        return schemes;
    }

    private void describe(HttpMethod method, String path, Operation operation) {
        Optional<EndpointRule> found = ruleFor(method, path);
        if (found.isEmpty()) {
            log.warn("{} {} is in the API but no access rule names it, so every call is refused", method, path);
            operation.addExtension(NO_ACCESS_RULE, true);
            operation.setSecurity(List.of());
            addToDescription(operation, "**Refused to everyone:** no access rule names this endpoint.");
            return;
        }
        EndpointRule rule = found.get();
        if (rule.isPublic()) {
            // An empty list, unlike none, says that this operation needs no sign-in at all.
            operation.setSecurity(List.of());
            operation.addExtension(PUBLIC_BECAUSE, rule.publicBecause());
            addToDescription(operation, "**Public, no sign-in:** " + rule.publicBecause());
            return;
        }
        operation.setSecurity(requirements(method));
        if (rule.roles().isEmpty()) {
            operation.addExtension(ANYONE_SIGNED_IN, true);
            addToDescription(operation, "**Who may call this:** anyone signed in; what they may see or do is"
                    + " decided for each record.");
        } else {
            List<String> roles = rule.roles().stream().map(Role::name).sorted().toList();
            operation.addExtension(ALLOWED_ROLES, roles);
            addToDescription(operation, "**Who may call this:** " + inWords(roles) + ".");
        }
    }

    /** Any one of the ways in; a browser session also needs the CSRF token for anything but reading. */
    private List<SecurityRequirement> requirements(HttpMethod method) {
        List<SecurityRequirement> anyOf = new ArrayList<>();
        if (bearerTokens) {
            anyOf.add(new SecurityRequirement().addList(BEARER_TOKEN));
        }
        if (accounts) {
            anyOf.add(new SecurityRequirement().addList(ACCOUNT_PASSWORD));
        }
        if (accounts || councilLogin) {
            SecurityRequirement session = new SecurityRequirement().addList(BROWSER_SESSION);
            boolean reads = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
            anyOf.add(reads ? session : session.addList(CSRF_TOKEN));
        }
        return anyOf;
    }

    /**
     * The rule that decides this endpoint: the first that matches, in the order the filter chain registers them. A
     * documented path's variables ({@code {reference}}) match a rule's variables, never its literal segments.
     */
    private Optional<EndpointRule> ruleFor(HttpMethod method, String path) {
        PathContainer documented = PathContainer.parsePath(path);
        return featureRules.stream().flatMap(rules -> rules.rules().stream())
                .filter(rule -> rule.method().equals(method))
                .filter(rule -> rule.pattern().equals(path)
                        || PathPatternParser.defaultInstance.parse(rule.pattern()).matches(documented))
                .findFirst();
    }

    /** "a commissioner, a procurement officer or an administrator" */
    static String inWords(List<String> roles) {
        List<String> people = roles.stream().map(AccessInTheApiDescription::aPerson).toList();
        if (people.size() == 1) {
            return people.getFirst();
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + " or " + people.getLast();
    }

    private static String aPerson(String role) {
        String words = role.toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static void addToDescription(Operation operation, String sentence) {
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                ? sentence : operation.getDescription() + "\n\n" + sentence);
    }
}

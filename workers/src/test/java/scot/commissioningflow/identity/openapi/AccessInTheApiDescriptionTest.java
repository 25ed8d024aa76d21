package scot.commissioningflow.identity.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import scot.commissioningflow.identity.AccessRules;
import scot.commissioningflow.identity.EndpointRule;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.signin.IdentitySettings;

/**
 * The cases the application's own rules may not show on every branch: a public endpoint, a rule written with a
 * pattern, an endpoint with no rule, and a configuration without product accounts.
 */
class AccessInTheApiDescriptionTest {

    private static final AccessRules RULES = () -> List.of(
            EndpointRule.publicOnPurpose(GET, "/api/notices", "Notices are published for everyone."),
            EndpointRule.allow(POST, "/api/notices/{reference}/replies", Role.PROVIDER_USER),
            EndpointRule.anyoneSignedIn(GET, "/api/notices/**"),
            EndpointRule.allow(GET, "/api/notices/{reference}/replies", Role.ADMINISTRATOR));

    @Test
    void aPublicEndpointNeedsNoSignInAndSaysWhy() {
        Operation notices = describe(true, GET, "/api/notices");
        assertThat(notices.getSecurity()).isEmpty();
        assertThat(notices.getExtensions()).containsEntry("x-public-because", "Notices are published for everyone.");
        assertThat(notices.getDescription()).isEqualTo("Lists things.\n\n**Public, no sign-in:** Notices are "
                + "published for everyone.");
    }

    @Test
    void aChangeNamesItsRolesAndNeedsTheCsrfTokenWithABrowserSession() {
        Operation reply = describe(true, POST, "/api/notices/{reference}/replies");
        assertThat(reply.getExtensions()).containsEntry("x-allowed-roles", List.of("PROVIDER_USER"));
        assertThat(reply.getDescription()).endsWith("**Who may call this:** a provider user.");
        assertThat(reply.getSecurity()).containsExactly(
                new SecurityRequirement().addList("bearerToken"),
                new SecurityRequirement().addList("accountPassword"),
                new SecurityRequirement().addList("browserSession").addList("csrfToken"));
    }

    @Test
    void theFirstMatchingRuleDecidesAsInTheFilterChain() {
        Operation replies = describe(true, GET, "/api/notices/{reference}/replies");
        assertThat(replies.getExtensions()).containsEntry("x-anyone-signed-in", true)
                .doesNotContainKey("x-allowed-roles");
        assertThat(replies.getSecurity()).contains(new SecurityRequirement().addList("browserSession"));
    }

    @Test
    void anEndpointNoRuleNamesIsDescribedAsRefusedToEveryone() {
        Operation other = describe(true, POST, "/api/notices");
        assertThat(other.getExtensions()).containsEntry("x-no-access-rule", true);
        assertThat(other.getDescription()).contains("Refused to everyone");
    }

    @Test
    void withoutProductAccountsOnlyBearerTokensAreOffered() {
        OpenAPI api = document(GET, "/api/notices/{reference}/replies");
        customizer(false).customise(api);
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearerToken");
        assertThat(operation(api).getSecurity()).containsExactly(new SecurityRequirement().addList("bearerToken"));
    }

    @Test
    void rolesInWords() {
        assertThat(AccessInTheApiDescription.inWords(List.of("ADMINISTRATOR", "EVALUATOR", "SOCIAL_WORKER")))
                .isEqualTo("an administrator, an evaluator or a social worker");
    }

    private static Operation describe(boolean accounts, HttpMethod method, String path) {
        OpenAPI api = document(method, path);
        customizer(accounts).customise(api);
        return operation(api);
    }

    private static AccessInTheApiDescription customizer(boolean accounts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("bearerTokens", (JwtDecoder) token -> null);
        return new AccessInTheApiDescription(List.of(RULES), new IdentitySettings(accounts, false, null, null),
                beans.getBeanProvider(JwtDecoder.class), beans.getBeanProvider(ClientRegistrationRepository.class));
    }

    private static OpenAPI document(HttpMethod method, String path) {
        Operation operation = new Operation().description("Lists things.");
        PathItem item = new PathItem();
        item.operation(PathItem.HttpMethod.valueOf(method.name()), operation);
        return new OpenAPI().paths(new Paths().addPathItem(path, item));
    }

    private static Operation operation(OpenAPI api) {
        return api.getPaths().values().iterator().next().readOperations().getFirst();
    }
}

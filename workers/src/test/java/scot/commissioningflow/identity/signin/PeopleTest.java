package scot.commissioningflow.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/** A council's claims read by the names it configured: Keycloak keeps roles in realm_access.roles, say. */
class PeopleTest {

    private final People keycloakCouncil = new People(new IdentitySettings(false, false,
            new IdentitySettings.Claims("email", "display_name", "realm_access.roles", "org", "acts_for"), null));

    private final Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").subject("f3a9")
            .claim("email", "rab@example.org").claim("display_name", "Rab MacDhòmhnaill")
            .claim("realm_access", Map.of("roles", List.of("representative", "offline_access", "uma_authorization")))
            .claim("acts_for", "seonaid.person").issuedAt(Instant.now())
            .expiresAt(Instant.now().plus(Duration.ofMinutes(5))).build();

    @Test
    void aPersonIsReadFromTheClaimsTheCouncilNamed() {
        SignedInPerson person = keycloakCouncil.from(new JwtAuthenticationToken(token,
                keycloakCouncil.authorities(token.getClaims())));

        assertThat(person).isEqualTo(new SignedInPerson("rab@example.org", "Rab MacDhòmhnaill",
                java.util.Set.of(Role.REPRESENTATIVE), null, "seonaid.person"));
    }

    @Test
    void onlyRolesTheProductKnowsBecomeAuthorities() {
        assertThat(keycloakCouncil.authorities(token.getClaims())).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_REPRESENTATIVE");
    }

    @Test
    void withoutAUsernameClaimTheSubjectIsTheUsername() {
        Jwt bare = Jwt.withTokenValue("t").header("alg", "RS256").subject("f3a9").claim("realm_access",
                Map.of("roles", "commissioner procurement-officer")).build();

        SignedInPerson person = keycloakCouncil.from(new JwtAuthenticationToken(bare,
                keycloakCouncil.authorities(bare.getClaims())));

        assertThat(person.username()).isEqualTo("f3a9");
        assertThat(person.roles()).containsExactlyInAnyOrder(Role.COMMISSIONER, Role.PROCUREMENT_OFFICER);
    }
}

package scot.commissioningflow.identity.signin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import scot.commissioningflow.identity.accounts.AccountPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Turns whatever signed a person in (a product account, a bearer token, an OpenID Connect login) into one
 * {@link SignedInPerson}, reading a council's claims by the names configured for it.
 */
@Component
class People {

    private final IdentitySettings.Claims claims;

    People(IdentitySettings settings) {
        this.claims = settings.claims();
    }

    /** The person, or null when the request carries no sign-in. */
    SignedInPerson from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof AccountPrincipal account) {
            return account.person();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromClaims(token.getTokenAttributes(), token.getName());
        }
        if (principal instanceof OidcUser user) {
            return fromClaims(user.getClaims(), user.getSubject());
        }
        return null;
    }

    /** The authorities a council's token or login carries: one per role it names that the product knows. */
    Collection<GrantedAuthority> authorities(Map<String, Object> attributes) {
        return roles(attributes).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    private SignedInPerson fromClaims(Map<String, Object> attributes, String subject) {
        String username = text(attributes, claims.username());
        username = username == null ? subject : username;
        String name = text(attributes, claims.name());
        return new SignedInPerson(username, name == null ? username : name, roles(attributes),
                text(attributes, claims.organisation()), text(attributes, claims.represents()));
    }

    private Set<Role> roles(Map<String, Object> attributes) {
        Object value = read(attributes, claims.roles());
        Collection<?> names = value instanceof Collection<?> list ? list
                : value instanceof String text ? List.of(text.split("[\\s,]+")) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            Role.parse(String.valueOf(name)).ifPresent(roles::add);
        }
        return roles;
    }

    private static String text(Map<String, Object> attributes, String claim) {
        Object value = read(attributes, claim);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    private static Object read(Map<String, Object> attributes, String claim) {
        Object value = attributes;
        for (String part : claim.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }
}

package scot.commissioningflow.identity;

import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint: people holding one of these roles, anyone signed in, or anyone at all (public on
 * purpose, with the reason). The same rules guard the endpoints and describe them in the OpenAPI document.
 *
 * @param method        the HTTP method
 * @param pattern       the path as the controller maps it, e.g. {@code /api/tenders/{reference}}
 * @param roles         the roles allowed; empty when the rule is for anyone signed in or for the public
 * @param publicBecause why anyone may call it without signing in; null when sign-in is needed
 */
public record EndpointRule(HttpMethod method, String pattern, Set<Role> roles, String publicBecause) {

    public EndpointRule {
        roles = Set.copyOf(roles);
        if (publicBecause != null && !roles.isEmpty()) {
            throw new IllegalArgumentException("A public endpoint names no roles: " + method + " " + pattern);
        }
    }

    /** Only people holding one of these roles. */
    public static EndpointRule allow(HttpMethod method, String pattern, Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("Name the roles allowed, or use anyoneSignedIn: " + pattern);
        }
        return new EndpointRule(method, pattern, Set.of(roles), null);
    }

    /** Anyone signed in; the feature decides per record (its own ISF, its own organisation's response). */
    public static EndpointRule anyoneSignedIn(HttpMethod method, String pattern) {
        return new EndpointRule(method, pattern, Set.of(), null);
    }

    /** Anyone, without signing in, for this reason. */
    public static EndpointRule publicOnPurpose(HttpMethod method, String pattern, String because) {
        return new EndpointRule(method, pattern, Set.of(), because);
    }

    public boolean isPublic() {
        return publicBecause != null;
    }
}

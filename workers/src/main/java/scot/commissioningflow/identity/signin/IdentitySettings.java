package scot.commissioningflow.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import scot.commissioningflow.identity.AccountLockout;

/**
 * How people sign in ({@code commissioning.identity.*}).
 *
 * @param accounts     true: product accounts sign in at the login page, and API clients may send them as HTTP Basic
 *                     credentials; false when a council's identity provider is the only way in
 * @param demoAccounts true: the demo accounts in the README are created at start if missing (never in production)
 * @param claims       where a council's tokens carry each part of a person's identity
 * @param lockout      how many wrong passwords in a row lock an account, and for how long
 */
@ConfigurationProperties("commissioning.identity")
public record IdentitySettings(boolean accounts, boolean demoAccounts, Claims claims, AccountLockout lockout) {

    public IdentitySettings {
        claims = claims == null ? new Claims(null, null, null, null, null) : claims;
        lockout = lockout == null ? new AccountLockout(5, Duration.ofMinutes(15)) : lockout;
    }

    /**
     * Claim names; a dotted name reads a nested claim (Keycloak's {@code realm_access.roles}).
     *
     * @param username     the stable sign-in name
     * @param name         the name shown to people
     * @param roles        a list (or space-separated string) of roles, written as in {@code Role} or in kebab case
     * @param organisation the provider reference or council code
     * @param represents   for a representative, the username of the person they act for
     */
    public record Claims(String username, String name, String roles, String organisation, String represents) {
        public Claims {
            username = username == null ? "preferred_username" : username;
            name = name == null ? "name" : name;
            roles = roles == null ? "roles" : roles;
            organisation = organisation == null ? "organisation" : organisation;
            represents = represents == null ? "represents" : represents;
        }
    }
}

package scot.commissioningflow.identity.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/** A product account: a person who signs in with a password kept only as a hash. */
@Entity
@Table(name = "person_account")
class Account {

    @Id
    private String username;
    private String displayName;
    private String passwordHash;
    /** Role names, comma-separated. */
    private String roles;
    private String organisation;
    private String represents;
    private int failedAttempts;
    private Instant lockedUntil;
    @Column(updatable = false)
    private Instant createdAt;

    protected Account() {
    }

    Account(SignedInPerson person, String passwordHash, Instant now) {
        this.username = person.username();
        this.displayName = person.displayName();
        this.passwordHash = passwordHash;
        this.roles = person.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.organisation = person.organisation();
        this.represents = person.represents();
        this.createdAt = now;
    }

    SignedInPerson person() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::parse).forEach(role -> role.ifPresent(held::add));
        return new SignedInPerson(username, displayName, held, organisation, represents);
    }

    AccountPrincipal principal(Instant now) {
        SignedInPerson person = person();
        return new AccountPrincipal(person, passwordHash, lockedUntil != null && lockedUntil.isAfter(now),
                person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    /** Counts a wrong password; the one that reaches the limit locks the account for a while. */
    void failedSignIn(int limit, Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }
}

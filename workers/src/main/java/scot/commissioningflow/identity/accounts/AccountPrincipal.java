package scot.commissioningflow.identity.accounts;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import scot.commissioningflow.identity.SignedInPerson;

/** A product account as Spring Security signs it in, carrying the person it stands for. */
public record AccountPrincipal(SignedInPerson person, String passwordHash, boolean locked,
        Collection<? extends GrantedAuthority> authorities) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return person.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}

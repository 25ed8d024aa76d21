package scot.commissioningflow.identity.signin;

import java.util.ArrayList;
import java.util.Collection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signing in through the council's OpenID Connect provider gets the roles its claims name (by the claim names
 * configured in {@code commissioning.identity.claims}), as a bearer token from the same provider does.
 */
@Configuration(proxyBeanMethods = false)
class CouncilLogin {

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> councilPeople(People people) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.addAll(people.authorities(user.getClaims()));
            return user.getUserInfo() == null ? new DefaultOidcUser(authorities, user.getIdToken())
                    : new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo());
        };
    }
}

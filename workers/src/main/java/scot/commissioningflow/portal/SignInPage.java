package scot.commissioningflow.portal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The sign-in page, drawn by the portal; the sign-in itself (POST /login, lockout, sessions) stays with identity. The
 * page offers the council's own sign-in too when one is registered ({@code signInOptions.councilSignIn()}).
 */
@Configuration(proxyBeanMethods = false)
class SignInPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("portal/sign-in");
    }

    @Bean
    SignInOptions signInOptions(ObjectProvider<ClientRegistrationRepository> councilLogin) {
        return new SignInOptions(councilLogin.getIfAvailable() != null);
    }

    /** What the sign-in page offers besides a product account. */
    record SignInOptions(boolean councilSignIn) {
    }
}

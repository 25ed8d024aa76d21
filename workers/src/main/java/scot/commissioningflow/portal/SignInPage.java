package scot.commissioningflow.portal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.commissioningflow.identity.AccountLockout;
import scot.commissioningflow.platform.web.FieldProblem;

/**
 * The sign-in page, drawn by the portal; the sign-in itself (POST /login, lockout, sessions) stays with identity. The
 * page offers a product account's password form when accounts are on, and the council's own sign-in when one is
 * registered. With neither (a council-only installation whose provider is not configured yet) there is no page.
 */
@Configuration(proxyBeanMethods = false)
class SignInPage implements WebMvcConfigurer {

    private final SignInOptions options;

    SignInPage(ObjectProvider<ClientRegistrationRepository> councilLogin,
            @Value("${commissioning.identity.accounts:true}") boolean productAccounts, AccountLockout lockout) {
        this.options = new SignInOptions(productAccounts, councilLogin.getIfAvailable() != null,
                List.of(new FieldProblem("password", "The user name or password is not right. " + warning(lockout))));
    }

    /** The lockout as configured, so that the page never promises figures the sign-in does not keep. */
    private static String warning(AccountLockout lockout) {
        String tries = lockout.attempts() == 1 ? "one wrong try" : lockout.attempts() + " wrong tries in a row";
        return "After " + tries + " an account is locked for " + Words.duration(lockout.duration()) + ".";
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        if (options.passwordSignIn() || options.councilSignIn()) {
            registry.addViewController("/login").setViewName("portal/sign-in");
        }
    }

    @Bean
    SignInOptions signInOptions() {
        return options;
    }

    /**
     * What the sign-in page offers.
     *
     * @param wrongPassword what the page says after a wrong user name or password, in the error summary every form
     *                      shares
     */
    record SignInOptions(boolean passwordSignIn, boolean councilSignIn, List<FieldProblem> wrongPassword) {
    }
}

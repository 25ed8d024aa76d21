package scot.commissioningflow.identity.accounts;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.identity.AccountLockout;

/**
 * Signs people in with product accounts, and locks an account for a while after repeated wrong passwords. The count
 * is kept with the account in the database, so every replica of the application sees the same lock.
 */
@Service
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;
    private final AccountLockout lockout;
    private final Clock clock;

    AccountSignIn(Accounts accounts, AccountLockout lockout, Clock clock) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username).map(account -> account.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    @EventListener
    @Transactional
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findById(event.getAuthentication().getName())
                .ifPresent(account -> account.failedSignIn(lockout.attempts(), lockout.duration(), clock.instant()));
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.getUsername()).ifPresent(Account::signedIn);
        }
    }
}

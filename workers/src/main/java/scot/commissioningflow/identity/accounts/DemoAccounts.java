package scot.commissioningflow.identity.accounts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Creates the README's demo accounts, one for every role, when they are missing, so that a new user can try each
 * journey. The file holds only password hashes. Off in production: {@code commissioning.identity.demo-accounts}.
 */
@Component
@ConditionalOnProperty(name = "commissioning.identity.demo-accounts", havingValue = "true")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String username, String displayName, Set<Role> roles, String organisation, String represents,
            String passwordHash) {
    }

    private final Accounts accounts;
    private final ObjectMapper json;
    private final Clock clock;

    DemoAccounts(Accounts accounts, ObjectMapper json, Clock clock) {
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void createMissing() {
        int created = 0;
        for (DemoAccount demo : read()) {
            if (!accounts.existsById(demo.username())) {
                accounts.save(new Account(new SignedInPerson(demo.username(), demo.displayName(), demo.roles(),
                        demo.organisation(), demo.represents()), demo.passwordHash(), clock.instant()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo accounts (see the README for their passwords)", created);
        }
    }

    private List<DemoAccount> read() {
        try (InputStream in = new ClassPathResource("identity/demo-accounts.json").getInputStream()) {
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The demo accounts file could not be read", e);
        }
    }
}

package scot.commissioningflow.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Events a listener could not handle (the engine or a service was briefly down) stay incomplete in the registry;
 * they are handed to their listeners again here, so nothing raised inside a committed transaction is lost.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRetry(IncompleteEventPublications incomplete,
            @Value("${commissioning.events.retry-older-than:PT30S}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${commissioning.events.retry-every:PT30S}")
    void retryIncompleteEvents() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}

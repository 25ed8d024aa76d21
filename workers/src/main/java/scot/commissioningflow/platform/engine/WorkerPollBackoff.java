package scot.commissioningflow.platform.engine;

import io.camunda.client.api.worker.BackoffSupplier;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs reach the workers over job streams; polling is only the fallback for jobs created while no stream was open.
 * With a stream open, the Camunda client follows every empty poll with a wait from the client's backoff supplier,
 * starting at the configured poll interval but capped at the supplier's maximum delay: 5 s by default. Capping it at
 * the poll interval instead makes the configured interval the real one, so an idle application polls about once per
 * worker per interval, not every 5 s. The same supplier paces the client's retries of commands the engine could not
 * take (for example while a cluster restarts); those still start at 50 ms and only reach the cap after many failures.
 */
@Configuration(proxyBeanMethods = false)
class WorkerPollBackoff {

    @Bean
    BackoffSupplier backoffSupplier(
            @Value("${camunda.client.worker.defaults.poll-interval:PT30S}") Duration pollInterval) {
        return BackoffSupplier.newBackoffBuilder().maxDelay(pollInterval.toMillis()).build();
    }
}

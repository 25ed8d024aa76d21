package scot.commissioningflow.platform.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Date rules in requests ("today or later") read today from the product's clock, as the rest of the product does. */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer validatorReadsTheProductClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}

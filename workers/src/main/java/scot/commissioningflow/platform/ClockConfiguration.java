package scot.commissioningflow.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    ProductClock clock() {
        return new ProductClock(Clock.systemUTC());
    }
}

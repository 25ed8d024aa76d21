package scot.commissioningflow.platform;

import java.time.Duration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Builds the HTTP client of each external service from its configuration, the same way for every service. */
@Component
public class ExternalServices {

    private final RestClient.Builder builder;
    private final Environment environment;

    ExternalServices(RestClient.Builder builder, Environment environment) {
        this.builder = builder;
        this.environment = environment;
    }

    public ExternalService get(String name) {
        String prefix = "commissioning." + name + ".";
        String baseUrl = environment.getProperty(prefix + "base-url", "");
        String apiKey = environment.getProperty(prefix + "api-key", "");
        Duration timeout = environment.getProperty(prefix + "timeout", Duration.class, Duration.ofSeconds(10));
        RestClient http = builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(ClientHttpRequestFactorySettings
                        .defaults().withConnectTimeout(timeout).withReadTimeout(timeout)))
                .defaultHeaders(headers -> {
                    if (!apiKey.isBlank()) {
                        headers.setBearerAuth(apiKey);
                    }
                })
                .build();
        return new ExternalService(name, !baseUrl.isBlank(), http);
    }
}

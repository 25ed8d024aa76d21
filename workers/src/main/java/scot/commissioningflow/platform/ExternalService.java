package scot.commissioningflow.platform;

import org.springframework.web.client.RestClient;

/**
 * An external HTTP service as configured under {@code commissioning.<name>}: {@code base-url}, {@code api-key}
 * (sent as a bearer token) and {@code timeout}. A blank base URL means the service is not configured, and the
 * feature using it must still work without it.
 */
public record ExternalService(String name, boolean configured, RestClient http) {
}

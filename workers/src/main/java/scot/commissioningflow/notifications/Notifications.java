package scot.commissioningflow.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;

/**
 * Sends a message through {@code POST {base-url}/messages} ({@code {"reference", "to": {"name", "email"}, "subject",
 * "body"}}) and keeps it. Without a configured service the message is kept as "not sent" so the product still runs.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final SentNotificationRepository sent;
    private final RestClient http;
    private final boolean configured;
    private final Clock clock;

    Notifications(SentNotificationRepository sent, RestClient.Builder builder, Clock clock,
            @Value("${commissioning.notifications.base-url:}") String baseUrl,
            @Value("${commissioning.notifications.api-key:}") String apiKey,
            @Value("${commissioning.notifications.timeout:PT10S}") Duration timeout) {
        this.sent = sent;
        this.clock = clock;
        this.configured = !baseUrl.isBlank();
        this.http = builder.baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(ClientHttpRequestFactorySettings
                        .defaults().withConnectTimeout(timeout).withReadTimeout(timeout)))
                .defaultHeaders(headers -> {
                    if (!apiKey.isBlank()) {
                        headers.setBearerAuth(apiKey);
                    }
                })
                .build();
    }

    /** Sends once per key; a failure of the service is thrown so the calling job retries. */
    @Transactional
    public void send(Notification notification) {
        if (sent.existsById(notification.key())) {
            return;
        }
        if (configured) {
            http.post().uri("/messages").body(Map.of(
                    "reference", notification.key(),
                    "to", Map.of("name", notification.recipientName(), "email", notification.recipientEmail()),
                    "subject", notification.subject(),
                    "body", notification.body())).retrieve().toBodilessEntity();
        } else {
            log.info("No notification service configured; kept '{}' for {} unsent", notification.subject(),
                    notification.recipientEmail());
        }
        sent.save(new SentNotification(notification, configured ? "SENT" : "NOT_SENT_NO_SERVICE", clock.instant()));
    }
}

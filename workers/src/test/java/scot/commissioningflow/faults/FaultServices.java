package scot.commissioningflow.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The outside services (e-signature, notifications) for the application instances a fault case starts itself. */
final class FaultServices {

    private FaultServices() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/e-signature/envelopes")).atPriority(10)
                .willReturn(okJson("{\"envelopeId\": \"ENV-FAULTS\"}")));
        server.stubFor(post(urlMatching("/e-signature/envelopes/.*/reminders")).atPriority(10)
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/notifications/messages")).atPriority(10)
                .willReturn(aResponse().withStatus(202)));
        return server;
    }
}

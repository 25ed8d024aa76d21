package scot.commissioningflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.platform.LocalPorts;
import scot.commissioningflow.platform.ThisMachine;
import scot.commissioningflow.testing.OwnEngine;

/**
 * The engine library opens its gateway on every interface; the application's gRPC server provider keeps it on the
 * configured address. If a gRPC upgrade stops consulting the provider, the first test fails.
 */
@OwnEngine
class EmbeddedEngineBindingTest {

    private ZeebeTestEngine engine;

    @AfterEach
    void stopEngine() {
        if (engine != null) {
            engine.stop();
        }
        BoundGatewayProvider.bindTo(BoundGatewayProvider.LOOPBACK);
    }

    @Test
    void theGatewayListensOnLoopbackOnlyByDefault() throws IOException {
        int port = LocalPorts.resolve(0);
        engine = EngineFactory.create(port);
        engine.start();

        assertThat(engine.getGatewayAddress()).endsWith(":" + port);
        connect(InetAddress.getByName("127.0.0.1"), port);
        ThisMachine.otherAddress().ifPresent(address -> assertThatThrownBy(() -> connect(address, port))
                .as("the gateway reached through " + address).isInstanceOf(IOException.class));
    }

    @Test
    void theGatewayListensWhereConfigured() throws IOException {
        Optional<InetAddress> other = ThisMachine.otherAddress();
        BoundGatewayProvider.bindTo(other.map(InetAddress::getHostAddress).orElse("0.0.0.0"));
        int port = LocalPorts.resolve(0);
        engine = EngineFactory.create(port);
        engine.start();

        connect(other.orElse(InetAddress.getByName("127.0.0.1")), port);
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }
}

package scot.commissioningflow.platform.engine;

import io.grpc.ServerCredentials;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Binds the embedded engine's gateway to one address, 127.0.0.1 unless {@code commissioning.engine.address} says
 * otherwise. The engine library opens its gRPC server with {@code ServerBuilder.forPort}, which listens on every
 * interface and takes no address; gRPC looks up that builder through this service provider (registered in
 * META-INF/services, above Netty's own, whose builder it returns bound to the address). gRPC marks the provider
 * interface internal, so an upgrade of grpc-java may need this class adjusted; EmbeddedEngineBindingTest says so.
 *
 * <p>The embedded engine's gateway is the only gRPC server the application opens.
 */
public final class BoundGatewayProvider extends ServerProvider {

    static final String LOOPBACK = "127.0.0.1";

    private static volatile InetAddress address = loopback();

    static void bindTo(String host) {
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("commissioning.engine.address " + host + " is not an address of this"
                    + " machine", e);
        }
    }

    static InetAddress boundAddress() {
        return address;
    }

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 10;
    }

    @Override
    protected NettyServerBuilder builderForPort(int port) {
        return NettyServerBuilder.forAddress(new InetSocketAddress(address, port));
    }

    @Override
    protected NewServerBuilderResult newServerBuilderForPort(int port, ServerCredentials credentials) {
        return NewServerBuilderResult.serverBuilder(
                NettyServerBuilder.forAddress(new InetSocketAddress(address, port), credentials));
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName(LOOPBACK);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

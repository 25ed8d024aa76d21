package scot.commissioningflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Port 0 in configuration means "any free port", so that tests and several local copies never collide. */
public final class LocalPorts {

    private LocalPorts() {
    }

    public static int resolve(int configured) {
        if (configured != 0) {
            return configured;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free local port", e);
        }
    }
}

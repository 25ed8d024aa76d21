package scot.commissioningflow.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A database that goes away and comes back, without stopping the machine's shared server: the application connects
 * to this proxy on loopback, which passes bytes to the real server until it is {@linkplain #cut() cut}. A cut closes
 * every open connection and refuses new ones (the port stops listening) until {@link #restore()}, as when the server
 * or the network to it is down. At most {@value #MAX_CONNECTIONS} connections at once; more are closed at once.
 */
final class TcpProxy implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 64;

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;
    private volatile boolean closed;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listening = listen(0);
        this.port = listening.getLocalPort();
        accept(listening);
    }

    int port() {
        return port;
    }

    /** Drops every connection and refuses new ones. */
    synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Listens again on the same port. */
    synchronized void restore() throws IOException {
        listening = listen(port);
        accept(listening);
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return server;
    }

    private void accept(ServerSocket server) {
        Thread.ofVirtual().name("db-proxy-accept").start(() -> {
            while (!server.isClosed() && !closed) {
                try {
                    Socket client = server.accept();
                    if (open.size() >= MAX_CONNECTIONS * 2) {
                        client.close();
                        continue;
                    }
                    Socket upstream = new Socket();
                    upstream.connect(target, 5000);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException stopped) {
                    // Cut or closed: the loop ends when the server socket has.
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().name("db-proxy-pump").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // One side went away: the other goes too.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}

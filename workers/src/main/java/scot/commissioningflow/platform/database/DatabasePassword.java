package scot.commissioningflow.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's password: generated on first start and kept in the data folder, so that it travels (and is
 * backed up) with the data it protects. Letters, digits, '-' and '_' only, so it needs no quoting anywhere.
 */
final class DatabasePassword {

    static final String FILE_NAME = "commissioning-flow.password";

    private static final int RANDOM_BYTES = 24;

    private DatabasePassword() {
    }

    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            String password = Files.readString(file).strip();
            if (!password.matches("[A-Za-z0-9_-]{16,}")) {
                throw new IOException("The database password in " + file + " is not one this application wrote;"
                        + " delete the file to have a new one generated at the next start");
            }
            return password;
        }
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.write(file, password + "\n");
        return password;
    }
}

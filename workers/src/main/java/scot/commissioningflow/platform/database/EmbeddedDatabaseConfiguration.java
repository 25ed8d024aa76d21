package scot.commissioningflow.platform.database;

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
 * from the classpath and started (see {@link EmbeddedMariaDb}), keeping its data under a local folder, and the
 * application talks to it through MySQL Connector/J exactly as it would talk to MySQL 8.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    private static final String SERVER_BEAN = "embeddedMariaDb";

    /** How long the server may take to be ready: minutes on a busy two-core machine, seconds otherwise. */
    private static final Duration START_WAIT = Duration.ofMinutes(3);

    @Bean
    static BeanFactoryPostProcessor embeddedMariaDbStarter(ConfigurableEnvironment environment) {
        return beanFactory -> {
            int port = LocalPorts.resolve(environment.getProperty("commissioning.database.port", Integer.class, 3307));
            File dataDir = new File(environment.getProperty("commissioning.database.data-dir", "data/mariadb"));
            String database = environment.getProperty("commissioning.database.name", "commissioning");
            EmbeddedMariaDb server = EmbeddedMariaDb.start(port, dataDir, database, START_WAIT);
            beanFactory.registerSingleton(SERVER_BEAN, server);
            ((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean(SERVER_BEAN, server::stop);
            environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                    "spring.datasource.url", server.url(),
                    "spring.datasource.username", server.username(),
                    "spring.datasource.password", server.password())));
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, dataDir.getAbsolutePath());
        };
    }
}

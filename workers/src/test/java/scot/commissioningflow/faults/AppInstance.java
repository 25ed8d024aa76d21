package scot.commissioningflow.faults;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.commissioningflow.CommissioningFlowApplication;
import scot.commissioningflow.identity.signin.TestSignIn;
import scot.commissioningflow.journey.Api;
import scot.commissioningflow.journey.EngineHarness;
import scot.commissioningflow.tasks.TaskInbox;

/**
 * One more running instance of the application in this JVM, for the faults that need an application of their own:
 * its own schema on the test database server (never the shared journey context's, which that context wipes), its own
 * HTTP port, and the test sign-in. Nothing from the test sources is picked up but the sign-in and the API client.
 */
final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The test database server, as CF_TEST_DATABASE_URL names it; the fault cases that need a schema need it. */
    record DatabaseServer(String host, int port, String database, String user, String password) {

        static DatabaseServer fromEnvironment() {
            String url = System.getenv("CF_TEST_DATABASE_URL");
            if (url == null || url.isBlank()) {
                return null;
            }
            URI uri = URI.create(url.substring("jdbc:".length()));
            String user = System.getenv().getOrDefault("CF_TEST_DATABASE_USER", "root");
            String password = System.getenv().getOrDefault("CF_TEST_DATABASE_PASSWORD", "");
            return new DatabaseServer(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(),
                    uri.getPath().substring(1), user, password);
        }

        /** A schema of this case's own beside the test database, made empty. */
        String freshSchema(String suffix) throws SQLException {
            String schema = database + "_" + suffix;
            try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/",
                    user, password); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
                statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return schema;
        }

        /** The schema as this server serves it. */
        String url(String schema) {
            return "jdbc:mysql://" + host + ":" + port + "/" + schema;
        }

        /** The schema reached through a proxy on loopback. */
        String urlThrough(TcpProxy proxy, String schema) {
            return "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + schema;
        }
    }

    /**
     * Starts an instance. With {@code sharedEngine} null it starts an embedded engine of its own; otherwise it uses
     * that engine, already running in this JVM, as a client like any other.
     */
    static AppInstance start(String name, DatabaseServer server, String databaseUrl, WireMockServer services,
            ZeebeTestEngine sharedEngine, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.profiles.active", "test");
        properties.put("server.port", 0);
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", server.user());
        properties.put("spring.datasource.password", server.password());
        properties.put("spring.application.name", "commissioning-flow-" + name);
        properties.put("commissioning.care-inspectorate.base-url", services.baseUrl() + "/care-inspectorate");
        properties.put("commissioning.e-signature.base-url", services.baseUrl() + "/e-signature");
        properties.put("commissioning.notifications.base-url", services.baseUrl() + "/notifications");
        properties.put("commissioning.public-contracts-scotland.base-url", services.baseUrl() + "/pcs");
        if (sharedEngine != null) {
            properties.put("commissioning.engine.embedded", false);
            properties.put("camunda.client.grpc-address", "http://127.0.0.1:" + sharedEngine.getGatewayAddress()
                    .substring(sharedEngine.getGatewayAddress().lastIndexOf(':') + 1));
        }
        properties.putAll(more);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CommissioningFlowApplication.class,
                TestSignIn.class, Api.class, EngineHarness.class)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("testSourcesLeftOut", new TestSourcesLeftOut());
                    if (sharedEngine != null) {
                        ctx.getBeanFactory().registerSingleton("sharedZeebeEngine", sharedEngine);
                    }
                })
                // As command-line arguments: the test profile's own file would outrank default properties.
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
        return new AppInstance(context);
    }

    Api api() {
        return context.getBean(Api.class);
    }

    EngineHarness engine() {
        return context.getBean(EngineHarness.class);
    }

    TaskInbox inbox() {
        return context.getBean(TaskInbox.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Component scanning would otherwise take every test configuration it finds on the test classpath (the journey
     * context's database wipe among them) into this instance.
     */
    private static final class TestSourcesLeftOut extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestSourcesLeftOut;
        }

        @Override
        public int hashCode() {
            return TestSourcesLeftOut.class.hashCode();
        }
    }
}

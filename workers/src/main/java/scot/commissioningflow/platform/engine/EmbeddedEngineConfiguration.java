package scot.commissioningflow.platform.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import scot.commissioningflow.platform.LocalPorts;

/**
 * Starts a real Zeebe engine inside the application when no cluster is configured, so that the product runs and its
 * tests pass on a machine with nothing but a JDK. The application still reaches it only through the Camunda client
 * over gRPC, exactly as it would reach a remote cluster.
 *
 * <p>It is started from a bean factory post-processor because the Camunda client beans, and the deployment of
 * processes/ and forms/, need a live gateway address before any ordinary bean is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "commissioning.engine.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);

    static final String ENGINE_BEAN = "embeddedZeebeEngine";

    @Bean
    static BeanFactoryPostProcessor embeddedZeebeEngineStarter(ConfigurableEnvironment environment) {
        return beanFactory -> {
            int port = LocalPorts.resolve(environment.getProperty("commissioning.engine.port", Integer.class, 26500));
            BoundGatewayProvider.bindTo(environment.getProperty("commissioning.engine.address",
                    BoundGatewayProvider.LOOPBACK));
            ZeebeTestEngine engine = EngineFactory.create(port);
            engine.start();
            // Registered at once so that a later start-up failure stops the engine instead of leaving its
            // threads keeping the JVM alive.
            beanFactory.registerSingleton(ENGINE_BEAN, engine);
            ((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean(ENGINE_BEAN, engine::stop);
            String address = "http://" + clientHost(BoundGatewayProvider.boundAddress()) + ":" + port;
            environment.getPropertySources().addFirst(new MapPropertySource("embeddedZeebeEngine", Map.of(
                    "camunda.client.mode", "self-managed",
                    "camunda.client.grpc-address", address,
                    "camunda.client.prefer-rest-over-grpc", "false")));
            log.info("Embedded Zeebe engine started; gateway at {}", address);
        };
    }

    /** The application reaches a gateway bound to every interface through loopback. */
    private static String clientHost(InetAddress bound) {
        if (bound.isAnyLocalAddress()) {
            return BoundGatewayProvider.LOOPBACK;
        }
        return bound instanceof Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
    }
}

package scot.commissioningflow.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The product's REST API as a person's browser or another system calls it, over HTTP on the test server's port. */
@TestComponent
public class Api {

    public record Response(int status, JsonNode body) {

        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    private final Environment environment;
    private final ObjectMapper json;

    Api(Environment environment, ObjectMapper json) {
        this.environment = environment;
        this.json = json;
    }

    public Response get(String path) {
        return exchange(client().get().uri(path));
    }

    public Response post(String path, Object body) {
        return post(path, body, "anonymous");
    }

    public Response post(String path, Object body, String user) {
        return exchange(client().post().uri(path).header("X-User", user)
                .contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public Response postWithHeader(String path, Object body, String header, String value) {
        return exchange(client().post().uri(path).header(header, value)
                .contentType(MediaType.APPLICATION_JSON).body(body));
    }

    private Response exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> {
            HttpStatusCode status = res.getStatusCode();
            byte[] content = res.getBody().readAllBytes();
            return new Response(status.value(), content.length == 0 ? json.nullNode() : read(content));
        });
    }

    private JsonNode read(byte[] content) {
        try {
            return json.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RestClient client() {
        // The port is known only once the server has started, after this bean was made.
        return RestClient.create("http://localhost:" + environment.getProperty("local.server.port"));
    }
}

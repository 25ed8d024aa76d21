package scot.commissioningflow.isf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** HTTP calls to the running application carrying the caller headers the ISF API requires. */
class IsfHttp {

    record As(String user, String role, String organisation) {
    }

    record Response(int status, JsonNode body) {
        Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    private final Environment environment;
    private final ObjectMapper json;

    IsfHttp(Environment environment, ObjectMapper json) {
        this.environment = environment;
        this.json = json;
    }

    Caller as(As who) {
        return new Caller(who);
    }

    class Caller {
        private final As who;

        Caller(As who) {
            this.who = who;
        }

        Response get(String path) {
            return exchange(client().get().uri(path).headers(h -> headers(h)));
        }

        Response post(String path, Object body) {
            return exchange(client().post().uri(path).headers(h -> headers(h))
                    .contentType(MediaType.APPLICATION_JSON).body(body));
        }

        private void headers(org.springframework.http.HttpHeaders headers) {
            headers.set("X-User", who.user());
            headers.set("X-Role", who.role());
            if (who.organisation() != null) {
                headers.set("X-Organisation", who.organisation());
            }
        }
    }

    private Response exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> {
            byte[] content = res.getBody().readAllBytes();
            return new Response(res.getStatusCode().value(), content.length == 0 ? json.nullNode() : read(content));
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
        return RestClient.create("http://localhost:" + environment.getProperty("local.server.port"));
    }
}

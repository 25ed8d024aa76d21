package scot.commissioningflow.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;

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

    /** Calls made without signing in. */
    public Response get(String path) {
        return exchange(client().get().uri(path));
    }

    public Response post(String path, Object body) {
        return exchange(client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    /** Calls made by this person, with a bearer token from the test identity provider. */
    public SignedIn as(SignedInPerson person) {
        return new SignedIn(SignedTokens.bearer(person));
    }

    /** Calls made by someone with these roles, acting for this organisation (or null). */
    public SignedIn as(String username, String organisation, Role... roles) {
        return as(new SignedInPerson(username, username, Set.of(roles), organisation, null));
    }

    /** Calls that carry this Authorization header as it is (an expired token, a stranger's key), or none if null. */
    public SignedIn withAuthorization(String header) {
        return new SignedIn(header);
    }

    public class SignedIn {

        private final String authorization;

        private SignedIn(String authorization) {
            this.authorization = authorization;
        }

        private void authorise(HttpHeaders headers) {
            if (authorization != null) {
                headers.set(HttpHeaders.AUTHORIZATION, authorization);
            }
        }

        public Response get(String path) {
            return exchange(client().get().uri(path).headers(this::authorise));
        }

        public byte[] download(String path) {
            return client().get().uri(path).headers(this::authorise).retrieve()
                    .body(byte[].class);
        }

        public Response post(String path, Object body) {
            return send(HttpMethod.POST, path, body);
        }

        public Response postWithHeader(String path, Object body, String header, String value) {
            return exchange(client().post().uri(path).headers(this::authorise)
                    .header(header, value).contentType(MediaType.APPLICATION_JSON).body(body));
        }

        public Response send(HttpMethod method, String path, Object body) {
            RestClient.RequestBodySpec request = client().method(method).uri(path)
                    .headers(this::authorise);
            return exchange(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(body));
        }
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

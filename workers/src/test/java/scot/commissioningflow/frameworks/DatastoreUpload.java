package scot.commissioningflow.frameworks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.Api;

/** Uploads a Care Inspectorate datastore CSV as a browser form does (multipart), signed in as a person. */
public final class DatastoreUpload {

    private DatastoreUpload() {
    }

    public static Api.Response upload(int port, SignedInPerson person, String fileName, String csv) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return RestClient.create("http://localhost:" + port).post().uri("/api/care-services/imports")
                .header(HttpHeaders.AUTHORIZATION, SignedTokens.bearer(person))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((request, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    return new Api.Response(response.getStatusCode().value(), read(body));
                });
    }

    private static JsonNode read(byte[] body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

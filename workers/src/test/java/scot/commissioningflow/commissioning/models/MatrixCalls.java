package scot.commissioningflow.commissioning.models;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import scot.commissioningflow.identity.signin.SignedTokens;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.Api;

/**
 * Runs an access matrix row against the API or a page, whose answer is HTML rather than JSON: only its status is
 * read. A page's allowed form post answers 400 for an empty body, which the pages' own matrix does not expect.
 */
public final class MatrixCalls {

    private MatrixCalls() {
    }

    public static int status(Api api, int port, Row row, String path, Object body) {
        if (path.startsWith("/api/")) {
            return AccessMatrix.call(api, row, path, body).status();
        }
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).method(row.method())
                .uri(path);
        if (!row.who().equals("nobody")) {
            request.header(HttpHeaders.AUTHORIZATION, SignedTokens.bearer(AccessMatrix.PEOPLE.get(row.who())));
        }
        return request.exchange((sent, answer) -> answer.getStatusCode().value());
    }
}

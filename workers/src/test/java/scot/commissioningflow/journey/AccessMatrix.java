package scot.commissioningflow.journey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.identity.signin.SignedTokens;

/**
 * The access matrix: for each endpoint, who is allowed and who is refused, in which situation. Each feature keeps its
 * rows in {@code src/test/resources/access/<feature>.csv} and runs them in its own access test, which sets up each
 * situation (a tender before its deadline, another provider's response) and checks the answer;
 * {@code EveryEndpointHasAnAccessRuleTest} checks that every endpoint of the application has rows.
 * <p>
 * A row is {@code METHOD, /path/{with}/{variables}, who, situation, expect}: {@code who} is one of {@link #PEOPLE}
 * (or {@code nobody}, not signed in), {@code situation} is a word the feature's test understands (or {@code -}), and
 * {@code expect} is {@code allowed} (neither 401 nor 403), {@code refused} (403) or {@code sign-in} (401).
 */
public final class AccessMatrix {

    public enum Expect {
        ALLOWED, REFUSED, SIGN_IN
    }

    public record Row(HttpMethod method, String path, String who, String situation, Expect expect) {

        /** The endpoint as the handler mappings name it: {@code GET /api/tenders/{reference}}. */
        public String endpoint() {
            return method.name() + " " + path;
        }

        @Override
        public String toString() {
            return who + " " + endpoint() + (situation.equals("-") ? "" : " (" + situation + ")") + " -> "
                    + expect.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The provider organisation the provider persona acts for, and another one. */
    public static final String OWN_PROVIDER = "PRV-OWN00001";
    public static final String OTHER_PROVIDER = "PRV-OTHER0001";
    /** The council the staff personas work for, and another one. */
    public static final String OWN_COUNCIL = "DEMO-HSCP";
    public static final String OTHER_COUNCIL = "OTHER-HSCP";

    /** The people a row may name. */
    public static final Map<String, SignedInPerson> PEOPLE = Map.ofEntries(
            person("commissioner", OWN_COUNCIL, null, Role.COMMISSIONER),
            person("other-council-commissioner", OTHER_COUNCIL, null, Role.COMMISSIONER),
            person("procurement-officer", OWN_COUNCIL, null, Role.PROCUREMENT_OFFICER),
            person("other-council-procurement-officer", OTHER_COUNCIL, null, Role.PROCUREMENT_OFFICER),
            person("procurement-lead", OWN_COUNCIL, null, Role.PROCUREMENT_OFFICER, Role.PROCUREMENT_LEAD),
            person("evaluator", OWN_COUNCIL, null, Role.EVALUATOR),
            person("panel-member", "NATIONAL-PROGRAMME", null, Role.PANEL_MEMBER),
            person("provider", OWN_PROVIDER, null, Role.PROVIDER_USER),
            person("other-provider", OTHER_PROVIDER, null, Role.PROVIDER_USER),
            person("social-worker", OWN_COUNCIL, null, Role.SOCIAL_WORKER),
            person("supported-person", null, null, Role.SUPPORTED_PERSON),
            person("other-supported-person", null, null, Role.SUPPORTED_PERSON),
            person("representative", null, "supported-person", Role.REPRESENTATIVE),
            person("programme-analyst", "NATIONAL-PROGRAMME", null, Role.PROGRAMME_ANALYST),
            person("administrator", OWN_COUNCIL, null, Role.ADMINISTRATOR));

    private AccessMatrix() {
    }

    private static Map.Entry<String, SignedInPerson> person(String who, String organisation, String represents,
            Role... roles) {
        return Map.entry(who, new SignedInPerson(who, who, Set.of(roles), organisation, represents));
    }

    /** The rows of one feature's file. */
    public static List<Row> rows(String feature) {
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:access/" + feature
                + ".csv");
        return read(resource);
    }

    /** The rows of every feature's file. */
    public static List<Row> allRows() {
        try {
            return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:access/*.csv"))
                    .flatMap(resource -> read(resource).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> read(Resource resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = resource.getInputStream();
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (cells.length != 5) {
                    throw new IllegalStateException(resource.getFilename() + " line " + number
                            + ": a row has five cells (method, path, who, situation, expect): " + line);
                }
                String who = cells[2].strip();
                if (!who.equals("nobody") && !PEOPLE.containsKey(who)) {
                    throw new IllegalStateException(resource.getFilename() + " line " + number + ": nobody called "
                            + who + "; the people are " + PEOPLE.keySet());
                }
                rows.add(new Row(HttpMethod.valueOf(cells[0].strip()), cells[1].strip(), who, cells[3].strip(),
                        Expect.valueOf(cells[4].strip().toUpperCase(Locale.ROOT).replace('-', '_'))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Checks an answer's status against the row's expectation; returns a complaint, or null when it matches. */
    public static String complaint(Row row, int status) {
        boolean matches = switch (row.expect()) {
            case ALLOWED -> status != 401 && status != 403;
            case REFUSED -> status == 403;
            case SIGN_IN -> status == 401;
        };
        return matches ? null : row + " but the answer was HTTP " + status;
    }

    /** A browser does not follow the sign-in redirect on its own here: the row sees it. */
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * Runs one row, API or page, as its person (or nobody), for the status the matrix judges. A page answers HTML,
     * and nobody signed in is sent to the sign-in page rather than answered 401: that redirect is the page's 401.
     */
    public static int status(Api api, int port, Row row, String concretePath, Object body) {
        if (concretePath.startsWith("/api/")) {
            return call(api, row, concretePath, body).status();
        }
        HttpResponse<String> page = page(port, row.who(), row.method(), concretePath);
        boolean sentToSignIn = page.statusCode() == 302
                && page.headers().firstValue(HttpHeaders.LOCATION).orElse("").endsWith("/login");
        return sentToSignIn ? 401 : page.statusCode();
    }

    /** A page asked for, or an empty form posted, as this person's browser (or nobody's) would. */
    public static HttpResponse<String> page(int port, String who, HttpMethod method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
                .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .method(method.name(), method == HttpMethod.GET ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(""));
        if (!who.equals("nobody")) {
            request.header(HttpHeaders.AUTHORIZATION, SignedTokens.bearer(PEOPLE.get(who)));
        }
        try {
            return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted asking for " + path, e);
        }
    }

    /** Runs one row as its person (or nobody) with this concrete path and body, against the API. */
    public static Api.Response call(Api api, Row row, String concretePath, Object body) {
        if (row.who().equals("nobody")) {
            return api.withAuthorization(null).send(row.method(), concretePath, body);
        }
        return api.as(PEOPLE.get(row.who())).send(row.method(), concretePath, body);
    }
}

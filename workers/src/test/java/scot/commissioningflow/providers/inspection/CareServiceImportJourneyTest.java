package scot.commissioningflow.providers.inspection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.unit.DataSize;
import scot.commissioningflow.frameworks.DatastoreUpload;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.providers.CareServiceChanged;
import scot.commissioningflow.providers.RegistrationStatus;

/**
 * Importing the Care Inspectorate datastore by upload and from its configured address (WireMock): idempotent, each
 * change published, a bad file refused whole with its line and column and nothing of it applied.
 */
@RecordApplicationEvents
class CareServiceImportJourneyTest extends JourneyTest {

    private static final SignedInPerson LEAD = new SignedInPerson("ceit.nicleoid", "Ceit NicLeòid",
            Set.of(Role.PROCUREMENT_LEAD), "SXL-IMPORT", null);
    private static final String FIRST = "CS2004100037";

    @Autowired
    CareServiceRegister register;

    @Autowired
    ApplicationEvents events;

    @Value("${local.server.port}")
    int port;

    private static String sample() {
        return new String(DatastoreFileTest.sample(), StandardCharsets.UTF_8);
    }

    @Test
    void anUploadIsIdempotentAndAChangedGradeIsPublished() {
        JsonNode first = DatastoreUpload.upload(port, LEAD, "datastore.csv", sample()).expect(200).body();
        assertThat(first.path("services").asInt()).isEqualTo(26);
        assertThat(first.path("complaintsYear").asText()).isEqualTo("2425");
        JsonNode again = DatastoreUpload.upload(port, LEAD, "datastore.csv", sample()).expect(200).body();
        assertThat(again.path("newServices").asInt()).isZero();
        assertThat(again.path("changedServices").asInt()).isZero();
        assertThat(again.path("unchangedServices").asInt()).isEqualTo(26);
        JsonNode seen = api.as(LEAD).get("/api/care-services/" + FIRST).expect(200).body();
        assertThat(seen.path("serviceName").asText()).isEqualTo("Cùram aig an Taigh - Cùram 1");
        assertThat(seen.path("providerSector").asText()).isEqualTo("Voluntary or Not for Profit");
        assertThat(api.as(LEAD).get("/api/care-services?providerNumber=SP2004006011").expect(200).body())
                .hasSize(3);

        // The leadership grade falls from 3 to 1 and a second service is no longer active.
        String changed = sample().replace("Western Isles,5,4,,2,3,,2,5,3,", "Western Isles,5,4,,2,1,,1,5,4,")
                .replace("CS2007100148,Private,Dom Spokojny - Opieka 1,Care at home,4 Sràid na h-Eaglaise,Glasgow"
                        + " City,IV1 1AA,Opieka Domowa Łódź Scotland Sp. z o.o.,SP2016012745,No,Support Service,Active",
                        "CS2007100148,Private,Dom Spokojny - Opieka 1,Care at home,4 Sràid na h-Eaglaise,Glasgow"
                        + " City,IV1 1AA,Opieka Domowa Łódź Scotland Sp. z o.o.,SP2016012745,No,Support Service,"
                        + "Inactive");
        assertThat(changed).isNotEqualTo(sample());
        events.clear();
        DatastoreImportSummary summary = register.importFile(changed.getBytes(StandardCharsets.UTF_8), "test", LEAD);
        assertThat(summary.changedServices()).isEqualTo(2);
        List<CareServiceChanged> published = events.stream(CareServiceChanged.class).toList();
        assertThat(published).extracting(CareServiceChanged::serviceNumber)
                .containsExactlyInAnyOrder(FIRST, "CS2007100148");
        CareServiceChanged graded = published.stream().filter(e -> e.serviceNumber().equals(FIRST)).findFirst()
                .orElseThrow();
        assertThat(graded.changes()).containsExactly(CareServiceChanged.Change.GRADES);
        assertThat(graded.previous().lowestGrade()).isEqualTo(2);
        assertThat(graded.current().lowestGrade()).isEqualTo(1);
        assertThat(graded.current().gradesSeenAt()).isAfter(graded.previous().gradesSeenAt());
        assertThat(register.byServiceNumber("CS2007100148").orElseThrow().status())
                .isEqualTo(RegistrationStatus.INACTIVE);
    }

    @Test
    void aFileOverTheServersUploadLimitIsAnsweredWithAProblemInWords() {
        String overTheLimit = "x".repeat((int) DataSize.ofMegabytes(51).toBytes());

        var refused = DatastoreUpload.upload(port, LEAD, "datastore.csv", overTheLimit);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("title").asText()).isEqualTo("Upload too large");
        assertThat(refused.body().path("detail").asText()).isEqualTo("The upload is larger than the limit of 50 MB"
                + " this server accepts for any file, so nothing was read from it.");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndColumnAndNothingOfItIsApplied() {
        DatastoreUpload.upload(port, LEAD, "datastore.csv", sample()).expect(200);
        int gradeBefore = api.as(LEAD).get("/api/care-services/" + FIRST).expect(200).body().path("lowestGrade")
                .asInt();
        String bad = sample().replace("Western Isles,5,4,,2,3,,2,5,3,", "Western Isles,5,4,,6,6,,6,6,0,")
                .replace(",Inactive,", ",Closed down,");

        JsonNode refused = DatastoreUpload.upload(port, LEAD, "datastore.csv", bad).expect(400).body();

        assertThat(refused.path("detail").asText()).contains("column 12 (ServiceStatus) holds \"Closed down\", which is"
                + " not Active, Inactive or Propositional");
        assertThat(refused.path("errors").get(0).path("field").asText()).startsWith("line ");
        assertThat(api.as(LEAD).get("/api/care-services/" + FIRST).expect(200).body().path("lowestGrade").asInt())
                .as("the good lines of a refused file are not applied either").isEqualTo(gradeBefore);
    }

    @Test
    void theDatastoreIsFetchedFromItsConfiguredAddress() {
        SignedInPerson administrator = new SignedInPerson("admin", "Administrator", Set.of(Role.ADMINISTRATOR),
                "DEMO-HSCP", null);
        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate-datastore/datastore.csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=utf-8")
                        .withBody(DatastoreFileTest.sample())));
        JsonNode imported = api.as(administrator).post("/api/care-services/imports/datastore", Map.of()).expect(200)
                .body();
        assertThat(imported.path("services").asInt()).isEqualTo(26);
        assertThat(imported.path("source").asText()).endsWith("/care-inspectorate-datastore/datastore.csv");

        EXTERNAL_SERVICES.stubFor(get(urlEqualTo("/care-inspectorate-datastore/datastore.csv"))
                .willReturn(aResponse().withStatus(503)));
        assertThat(api.as(administrator).post("/api/care-services/imports/datastore", Map.of()).expect(409).body()
                .path("detail").asText()).contains("could not be fetched", "nothing was imported");
        assertThat(api.as(administrator).get("/api/care-services/imports").expect(200).body().get(0)
                .path("importedBy").asText()).isEqualTo("admin");
    }
}

package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.journey.EngineHarness;

/**
 * A provider user asks a clarification question from an opportunity, and signs the contract its organisation is a
 * party to, on the document it can download, seeing no other provider's documents.
 */
class ProviderSigningBrowserTest extends BrowserTest {

    /** The demo provider user's organisation. */
    private static final String DEMO_PROVIDER = "PRV-DEMO0001";

    @Autowired
    private CamundaClient client;

    @Autowired
    private ContractDocuments documents;

    @Test
    void aProviderAsksAQuestionFromTheOpportunity() {
        TenderStages stages = new TenderStages(api, engine, inbox, EXTERNAL_SERVICES);
        String title = "Care at home, Kiltarlity (portal)";
        String reference = stages.open(title, List.of("eval.kiltarlity"));
        stages.provider(DEMO_PROVIDER).post("/api/opportunities/" + reference + "/interest", Map.of(
                "providerReference", DEMO_PROVIDER, "providerName", "Demo Care Cooperative",
                "contactEmail", "tenders@demo-care.example")).expect(204);

        signIn("pat.provider", "ferry-provider-93");
        visit("/opportunities/" + reference);
        browser.findElement(By.linkText("Ask a question, or read the ones you asked")).click();
        assertThat(heading().getText()).isEqualTo("Your questions");
        send("Send your question");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter your question");
        checkPage("own-questions-problem");

        browser.findElement(By.id("question")).sendKeys("Can staff work from the Beauly base? – Mòrag");
        send("Send your question");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Your question was sent to the council");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Can staff work from the Beauly base? – Mòrag").contains("Not answered yet");
        checkPage("own-questions");
    }

    @Test
    void aProviderSignsItsOwnContractAndSeesNoOtherProvidersDocument() {
        String own = "CON-PORTAL-" + System.nanoTime();
        String others = "CON-OTHER-" + System.nanoTime();
        startSigning(own, DEMO_PROVIDER);
        startSigning(others, "PRV-RIVAL-PORTAL");
        await().atMost(EngineHarness.PATIENCE).ignoreExceptions().until(() -> documents.get(own).status()
                == SigningStatus.AWAITING_SIGNATURES && documents.get(others).status()
                == SigningStatus.AWAITING_SIGNATURES);

        signIn("pat.provider", "ferry-provider-93");
        browser.findElement(By.linkText("Documents to sign")).click();
        assertThat(heading().getText()).isEqualTo("Documents to sign");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(own)
                .contains("Waiting for your signature").doesNotContain(others);
        checkPage("documents-to-sign");

        browser.findElement(By.linkText(own)).click();
        assertThat(browser.findElement(By.partialLinkText("Download the contract")).getAttribute("href"))
                .endsWith("/documents-to-sign/" + own + "/document");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(documents.get(own).documentSha256());
        checkPage("document-to-sign");

        browser.findElement(By.id("signedBy")).sendKeys("Pat Provider");
        sign();
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Confirm that you have read the document");
        checkPage("document-to-sign-problem");

        browser.findElement(By.cssSelector("label[for='confirm']")).click();
        sign();
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("You signed contract " + own);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Signed by Pat Provider");
        checkPage("document-signed");
        assertThat(documents.get(own).signatories()).filteredOn(s -> s.role().equals("provider"))
                .singleElement().satisfies(s -> assertThat(s.signed()).isTrue());

        visit("/documents-to-sign/" + others);
        assertThat(heading().getText()).isEqualTo("You cannot see or do this");
    }

    private void sign() {
        send("Sign the contract");
    }

    /** The contract-signing process on its own, between a provider and the demo council. */
    private void startSigning(String reference, String provider) {
        ContractRequest request = new ContractRequest(reference, "contract-variation.docx", Map.of(
                "variationReference", "V-" + reference,
                "contractReference", "DEMO-CAH-2026-003",
                "contractTitle", "Care at home in Inverness West",
                "commissioner", "Demo Health and Social Care Partnership",
                "providerName", "Demo Care Cooperative",
                "effectiveFrom", "2026-04-01",
                "reason", "The adult social care pay floor rose to £13.45 an hour.",
                "changes", List.of(Map.of("term", "Hourly rate", "before", "£12.60", "after", "£13.45"))),
                List.of(new SignatoryRequest("provider", "Pat Provider", "pat@demo-care.example",
                                Signer.provider(provider)),
                        new SignatoryRequest("council", "Aileen Commissioner", "aileen@demo.example",
                                Signer.council(TenderStages.COUNCIL))), 14);
        client.newCreateInstanceCommand().bpmnProcessId(ContractSigningProcess.PROCESS_ID).latestVersion()
                .variables(Map.of("businessKey", reference, ContractSigningProcess.REQUEST, request)).send().join();
    }
}

package scot.commissioningflow.commissioning.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check a commissioner's model passes before it is deployed, against good, faulty and hostile files. */
class TenderModelCheckTest {

    static final String GOOD_MODEL = "/tender-models/agreed-outcomes-tender.bpmn";

    private final TenderModelCheck check = new TenderModelCheck(
            Set.of("publish-contract-notice", "io.camunda.zeebe:userTask")::contains,
            Set.of("commissioning-continuity-decision")::contains,
            Set.of("commissioners", "providers"),
            Set.of("outcomes-based-tender")::contains,
            Map.of("publish-contract-notice", Map.of("tenderReference", "Tender reference")));

    @Test
    void aModelOfServedStepsAndExistingFormsPasses() {
        TenderModelCheck.Outcome outcome = check.check(model());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.processId()).isEqualTo("agreed-outcomes-tender");
        assertThat(outcome.model()).isNotNull();
    }

    @Test
    void aStepNoWorkerServesIsNamed() {
        assertThat(problemsOf(withServiceTask("send-to-nowhere", ""))).containsExactly("The step \"Tell the"
                + " panel\" (TellPanel) has the job type \"send-to-nowhere\", which no worker of this product serves;"
                + " apply one of the product's element templates to it.");
    }

    @Test
    void aStepMissingAnInputItsTemplateRequiresIsNamed() {
        assertThat(problemsOf(withServiceTask("publish-contract-notice", ""))).containsExactly("The step \"Tell"
                + " the panel\" (TellPanel) does not map \"Tender reference\" (the input tenderReference), which its"
                + " worker needs; fill it in on the step's template.");
        assertThat(problemsOf(withServiceTask("publish-contract-notice",
                "<zeebe:ioMapping><zeebe:input source=\"=tenderReference\" target=\"tenderReference\" />"
                        + "</zeebe:ioMapping>"))).isEmpty();
    }

    @Test
    void aFormThatDoesNotExistIsNamed() {
        assertThat(problemsOf(text().replace("commissioning-continuity-decision", "no-such-form")))
                .containsExactly("The step \"Decide with the people who use the service whether it continues\""
                        + " (DecideContinuity) links the form \"no-such-form\", which does not exist in this product.");
    }

    @Test
    void aTaskNobodyCouldTakeIsNamed() {
        assertThat(problemsOf(text().replace("candidateGroups=\"commissioners\"", "candidateGroups=\"janitors\"")))
                .singleElement().asString().contains("names the candidate group \"janitors\", which nobody belongs to");
    }

    @Test
    void aCamundaUserTaskTheInboxCannotTakeIsNamed() {
        assertThat(problemsOf(text().replace("<zeebe:formDefinition", "<zeebe:userTask /><zeebe:formDefinition")))
                .singleElement().asString().contains("is a Camunda user task");
    }

    @Test
    void theProductsOwnProcessCannotBeReplaced() {
        assertThat(problemsOf(text().replace("\"agreed-outcomes-tender\"", "\"outcomes-based-tender\"")))
                .singleElement().asString().contains("is one of the product's own processes");
    }

    @Test
    void aProcessNotMarkedExecutableIsNamed() {
        assertThat(problemsOf(text().replace("isExecutable=\"true\"", "isExecutable=\"false\"")))
                .singleElement().asString().contains("is not marked executable");
    }

    @Test
    void anExternalEntityIsRefusedWithoutBeingRead() {
        String xxe = text().replaceFirst("\\?>", "?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM"
                + " \"file:///etc/passwd\">]>").replace("name=\"Need recorded\"", "name=\"&secret;\"");

        List<String> problems = problemsOf(xxe);

        assertThat(problems).singleElement().asString().contains("declares a document type (DOCTYPE)")
                .doesNotContain("root:");
    }

    @Test
    void anEntityThatExpandsWithoutLimitIsRefused() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE definitions [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        String bomb = text().replaceFirst("\\?>", "?>\n" + laughs).replace("name=\"Need recorded\"",
                "name=\"&lol9;\"");

        assertThat(problemsOf(bomb)).singleElement().asString().contains("declares a document type (DOCTYPE)");
    }

    @Test
    void aFileThatIsNotXmlOrNotBpmnIsNamedAsSuch() {
        assertThat(problemsOf("this is a spreadsheet, not a model")).singleElement().asString()
                .startsWith("The file is not well-formed XML (line 1, column 1)");
        assertThat(problemsOf(text().substring(0, 600))).singleElement().asString()
                .startsWith("The file is not well-formed XML");
        assertThat(problemsOf("<html><body>Hello</body></html>")).singleElement().asString()
                .startsWith("The file is XML but not a BPMN 2.0 model Camunda 8 can read");
        assertThat(check.check(new byte[0]).problems()).singleElement().asString().startsWith("The file is empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread() {
        assertThat(check.check(new byte[TenderModelCheck.MAX_BYTES + 1]).problems()).containsExactly(
                "The file is 2049 kB; a tender model may be at most 2048 kB.");
    }

    private List<String> problemsOf(String xml) {
        return check.check(xml.getBytes(StandardCharsets.UTF_8)).problems();
    }

    private static String withServiceTask(String jobType, String ioMapping) {
        return text().replace("<bpmn:endEvent", """
                <bpmn:serviceTask id="TellPanel" name="Tell the panel">
                  <bpmn:extensionElements>
                    <zeebe:taskDefinition type="%s" />
                    %s
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:endEvent""".formatted(jobType, ioMapping));
    }

    static byte[] model() {
        try (InputStream in = TenderModelCheckTest.class.getResourceAsStream(GOOD_MODEL)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text() {
        return new String(model(), StandardCharsets.UTF_8);
    }
}

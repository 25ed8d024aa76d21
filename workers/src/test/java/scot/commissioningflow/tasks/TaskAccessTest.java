package scot.commissioningflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import scot.commissioningflow.journey.AccessMatrix;
import scot.commissioningflow.journey.AccessMatrix.Row;
import scot.commissioningflow.journey.JourneyTest;

/**
 * The inbox's rows of the access matrix, each against a task of the situation it names: tasks taken into the inbox
 * as the engine hands them over (through the same {@link TaskInbox#receive}), under keys no engine job has, so that
 * nothing a row does reaches a process.
 */
class TaskAccessTest extends JourneyTest {

    /** The situations' tasks, made once per test JVM. */
    private static final Map<String, TaskView> SITUATIONS = new HashMap<>();

    static Stream<Row> rows() {
        return AccessMatrix.rows("tasks").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheMatrixSays(Row row) {
        String path = row.path();
        if (path.contains("{taskKey}")) {
            path = path.replace("{taskKey}", String.valueOf(task(row.situation()).taskKey()));
        }
        Object body = row.method().name().equals("POST") ? Map.of() : null;
        assertThat(AccessMatrix.complaint(row, AccessMatrix.call(api, row, path, body).status())).isNull();
    }

    @Test
    void aSocialWorkerDoesNotSeeAProcurementOfficersTask() {
        TaskView task = task("procurement-officers-task");
        String listed = "/api/tasks?businessKey=" + task.businessKey();

        assertThat(api.as(AccessMatrix.PEOPLE.get("social-worker")).get(listed).expect(200).body()).isEmpty();
        assertThat(api.as(AccessMatrix.PEOPLE.get("commissioner")).get(listed).expect(200).body()).isEmpty();
        assertThat(api.as(AccessMatrix.PEOPLE.get("procurement-officer")).get(listed).expect(200).body())
                .singleElement().satisfies(listedTask -> assertThat(listedTask.path("taskKey").asLong())
                        .isEqualTo(task.taskKey()));
        assertThat(api.as(AccessMatrix.PEOPLE.get("social-worker")).get("/api/tasks/" + task.taskKey())
                .expect(403).body().path("detail").asText()).isEqualTo("Task " + task.taskKey() + " ("
                + task.name() + ") waits for procurement officers; only they can see or complete it.");
    }

    @Test
    void aProviderUserDoesNotSeeAnotherProvidersTask() {
        TaskView task = task("own-provider-task");
        String listed = "/api/tasks?businessKey=" + task.businessKey();

        assertThat(api.as(AccessMatrix.PEOPLE.get("provider")).get(listed).expect(200).body()).hasSize(1);
        assertThat(api.as(AccessMatrix.PEOPLE.get("other-provider")).get(listed).expect(200).body()).isEmpty();
        assertThat(api.as(AccessMatrix.PEOPLE.get("other-provider")).get("/api/tasks/" + task.taskKey())
                .expect(403).body().path("detail").asText()).endsWith("is for another provider; only that"
                + " provider's users can see or complete it.");
    }

    @Test
    void aSupportedPersonsChoiceCannotBeCompletedThroughTheInboxButOnlyThroughTheIsf() {
        TaskView choice = arrive("option2-individual-service-fund", "RecordChoice", "social-workers", null,
                Map.of("providerReference", AccessMatrix.OWN_PROVIDER));

        String detail = api.as(AccessMatrix.PEOPLE.get("social-worker")).post("/api/tasks/" + choice.taskKey()
                + "/complete", Map.of("providerReference", AccessMatrix.OWN_PROVIDER)).expect(409).body()
                .path("detail").asText();

        assertThat(detail).contains("is completed through POST /api/isfs/" + choice.businessKey() + "/choice");
        assertThat(inbox.get(choice.taskKey()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(inbox.get(choice.taskKey()).completedThrough())
                .isEqualTo("POST /api/isfs/" + choice.businessKey() + "/choice");
    }

    @Test
    void aProvidersAdmissionOfAFundIsCompletedThroughTheIsfToo() {
        TaskView acceptance = task("own-provider-task");

        assertThat(api.as(AccessMatrix.PEOPLE.get("provider")).post("/api/tasks/" + acceptance.taskKey()
                + "/complete", Map.of("providerDecision", "accept")).expect(409).body().path("detail").asText())
                .contains("is completed through POST /api/isfs/" + acceptance.businessKey() + "/provider-answer");
    }

    private TaskView task(String situation) {
        synchronized (SITUATIONS) {
            return SITUATIONS.computeIfAbsent(situation, this::arrive);
        }
    }

    private TaskView arrive(String situation) {
        return switch (situation) {
            case "procurement-officers-task" -> arrive("fair-work-check", "ReviewFairWorkEvidence",
                    "procurement-officers", null, Map.of());
            case "commissioners-task" -> arrive("outcomes-based-tender", "DecideNextStep", "commissioners", null,
                    Map.of());
            case "own-provider-task" -> arrive("option2-individual-service-fund", "ProviderAcceptance", "providers",
                    null, Map.of("providerReference", AccessMatrix.OWN_PROVIDER));
            case "own-assigned-task" -> arrive("tender-evaluation", "ScoreResponses", "evaluators", "evaluator",
                    Map.of());
            case "other-evaluators-task" -> arrive("tender-evaluation", "ScoreResponses", "evaluators",
                    "another.evaluator", Map.of());
            default -> throw new IllegalArgumentException("tasks.csv names a situation this test does not set up: "
                    + situation);
        };
    }

    private TaskView arrive(String process, String element, String group, String assignee,
            Map<String, Object> variables) {
        // Far above the keys the engine gives jobs, so that no row completes a real step.
        long key = ThreadLocalRandom.current().nextLong(8_000_000_000_000_000L, 9_000_000_000_000_000L);
        String businessKey = "ACCESS-" + key;
        String completedThrough = completedThroughInModel(process, element);
        inbox.receive(new ArrivingTask(key, key, process, element, group, assignee, businessKey,
                completedThrough == null ? null : completedThrough.replace("{businessKey}", businessKey), variables));
        return inbox.get(key);
    }

    /** The step's completedThrough header as its model declares it, as the user-task worker reads it from a job. */
    private static String completedThroughInModel(String process, String element) {
        try {
            Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn");
            for (Resource model : models) {
                try (InputStream in = model.getInputStream()) {
                    BpmnModelInstance instance = Bpmn.readModelFromStream(in);
                    if (instance.getModelElementById(process) == null) {
                        continue;
                    }
                    ModelElementInstance step = instance.getModelElementById(element);
                    ZeebeTaskHeaders headers = step == null ? null
                            : ((BaseElement) step).getSingleExtensionElement(ZeebeTaskHeaders.class);
                    return headers == null ? null : headers.getHeaders().stream()
                            .filter(header -> header.getKey().equals("completedThrough"))
                            .map(ZeebeHeader::getValue).findFirst().orElse(null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No model has the process " + process);
    }
}

package scot.commissioningflow.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.impl.CamundaObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.grpc.Status.Code;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;

/**
 * Runs a process's paths on the real Zeebe engine with no application around it: the test answers each job the
 * workers would do, completes human steps, publishes messages and moves the clock, then asserts where the instance
 * went. The layer between plain rule tests and the end-to-end journeys: fast (no Spring, no database), and it proves
 * every gateway, timer and error path of the BPMN as it is deployed.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ProcessPaths paths = new ProcessPaths();
 *
 * long tender = paths.start("tender-evaluation", Map.of("tenderReference", "TND-1"));
 * paths.answer("notify-evaluators", job -> Map.of());            // every job of this type, whenever it comes
 * paths.completeUserTask(tender, "ScoreResponses", Map.of());    // one human step of this instance
 * paths.complete(tender, "rank-responses", Map.of("recommendedResponseId", 7));
 * paths.assertPassed(tender, "RankResponses", "EvaluationDone");
 * }</pre>
 *
 * Every BPMN, DMN and form under the repository's {@code processes/} and {@code forms/} is deployed once per test
 * class, so call activities start their real children and linked forms exist. Instances a test started and left
 * running are cancelled after it, so the next test meets no stray jobs. A class using it is annotated
 * {@link OwnEngine}, as its engine must not run beside the shared journey context's.
 */
public final class ProcessPaths implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** The job type Zeebe gives human steps implemented as job-worker user tasks (the product's choice). */
    public static final String USER_TASK = "io.camunda.zeebe:userTask";

    /** How long a step waits for the engine before the test fails, saying where the instance is. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final Duration DEPLOYMENT_PATIENCE = Duration.ofMinutes(2);

    private static final Duration POLL = Duration.ofMillis(20);

    /** Rounds of settling after which an instance still short of an expected step is taken to be stuck. */
    private static final Duration SETTLED_LONG_ENOUGH = Duration.ofSeconds(2);

    /** How long an activated job stays locked to the test; it completes each one at once. */
    private static final Duration ACTIVATION_LOCK = Duration.ofSeconds(10);

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final Map<String, Function<ActivatedJob, Object>> standingAnswers = new LinkedHashMap<>();
    private final List<Long> startedInstances = new ArrayList<>();
    private ZeebeTestEngine engine;
    private CamundaClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        new OwnEngine.Required().beforeAll(context);
        int port = freePort();
        engine = EngineFactory.create(port);
        engine.start();
        client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://localhost:" + port))
                .restAddress(URI.create("http://localhost:" + port))
                .preferRestOverGrpc(false)
                // The first deployment parses every model; on a small, busy machine that outlasts the 10 s default.
                .defaultRequestTimeout(DEPLOYMENT_PATIENCE)
                .withJsonMapper(new CamundaObjectMapper(json))
                .build();
        deployModels();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (long instance : startedInstances) {
            if (!isCompleted(instance) && !isTerminated(instance)) {
                client.newCancelInstanceCommand(instance).send().join();
            }
        }
        startedInstances.clear();
        standingAnswers.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        engine.stop();
    }

    /** Starts the latest version of a process with these variables (a record or a map). */
    public long start(String processId, Object variables) {
        long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
        startedInstances.add(key);
        return key;
    }

    /**
     * Answers request-signatures as the real step does when it first asks: the request's whole time to sign, which
     * the signing deadline's timer then counts.
     */
    public void answerSignatureRequests() {
        answer("request-signatures", job -> {
            Object days = ((Map<?, ?>) job.getVariable(ContractSigningProcess.REQUEST)).get("signingDeadlineDays");
            return Map.of("signingTimeLeft", ContractRequest.timeToSign(days == null ? 0 : ((Number) days).intValue())
                    .toString());
        });
    }

    /**
     * From now until the end of the test, every job of this type, in any instance, is completed with what the
     * function returns (a record, a map, or null for no variables). For steps a path passes through but does not
     * turn on.
     */
    public void answer(String jobType, Function<ActivatedJob, Object> answer) {
        standingAnswers.put(jobType, answer);
    }

    /** Waits for this instance (or a call-activity child of it) to reach a job of this type, and returns it. */
    public ActivatedJob awaitJob(long instance, String jobType) {
        return awaitJob(instance, jobType, job -> true, "a job of type " + jobType);
    }

    /** Completes the next job of this type in this instance or its children with these variables. */
    public void complete(long instance, String jobType, Object variables) {
        ActivatedJob job = awaitJob(instance, jobType);
        client.newCompleteCommand(job.getKey()).variables(variables == null ? Map.of() : variables).send().join();
    }

    /** The worker meets an expected business outcome: a BPMN error the process catches. */
    public void throwError(long instance, String jobType, String errorCode, String message) {
        ActivatedJob job = awaitJob(instance, jobType);
        client.newThrowErrorCommand(job.getKey()).errorCode(errorCode).errorMessage(message).send().join();
    }

    /** The worker fails with no retries left: the engine raises an incident with this message. */
    public void failWithIncident(long instance, String jobType, String message) {
        ActivatedJob job = awaitJob(instance, jobType);
        client.newFailCommand(job.getKey()).retries(0).errorMessage(message).send().join();
    }

    /** Completes the human step at this element, as the task inbox would, with the person's answers. */
    public void completeUserTask(long instance, String elementId, Object answers) {
        ActivatedJob task = awaitJob(instance, USER_TASK, job -> job.getElementId().equals(elementId),
                "the human step " + elementId);
        client.newCompleteCommand(task.getKey()).variables(answers == null ? Map.of() : answers).send().join();
    }

    public void publishMessage(String name, String correlationKey, Object variables) {
        client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey)
                .variables(variables == null ? Map.of() : variables).timeToLive(Duration.ofMinutes(1))
                .send().join();
    }

    /** Moves the engine's clock, so timers due within it fire, and lets the instance move on. */
    public void passTime(Duration duration) {
        engine.increaseTime(duration);
        settle();
    }

    /** Lets the engine finish what it can do without the test: standing answers are given as their jobs come. */
    public void settle() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean answered;
        do {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The engine did not settle within " + PATIENCE);
            }
            waitForIdle();
            answered = giveStandingAnswers();
        } while (answered);
    }

    public void awaitCompleted(long instance) {
        awaitState(instance, () -> isCompleted(instance), "to complete");
    }

    /** Waits until the instance (or a child) has completed this element. */
    public void awaitPassed(long instance, String elementId) {
        awaitState(instance, () -> completedElements(instance).contains(elementId), "to pass " + elementId);
    }

    public void awaitIncident(long instance) {
        awaitState(instance, () -> !incidents(instance).isEmpty(), "to raise an incident");
    }

    public void assertPassed(long instance, String... elementIds) {
        List<String> expected = List.of(elementIds);
        settleUntil(() -> completedElements(instance).containsAll(expected), () -> {
            List<String> passed = completedElements(instance);
            String missing = expected.stream().filter(id -> !passed.contains(id)).findFirst().orElseThrow();
            return "Expected the instance to pass " + missing + "; it passed " + passed + " and is waiting at "
                    + activeElements(instance);
        });
    }

    /**
     * Settles the engine until the condition holds. One settle is not always enough on a loaded machine: the
     * in-memory engine can report itself idle a moment before a job it is creating can be activated, and that job's
     * standing answer is then given on a later round. An instance that stays settled without the condition for
     * {@link #SETTLED_LONG_ENOUGH} will not get there.
     */
    private void settleUntil(BooleanSupplier condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + SETTLED_LONG_ENOUGH.toNanos();
        settle();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            sleep(POLL);
            settle();
        }
    }

    public void assertNotPassed(long instance, String... elementIds) {
        settle();
        List<String> passed = completedElements(instance);
        for (String elementId : elementIds) {
            if (passed.contains(elementId) || activeElements(instance).contains(elementId)) {
                throw new AssertionError("Expected the instance never to reach " + elementId + "; it passed "
                        + passed);
            }
        }
    }

    public void assertWaitingAt(long instance, String elementId) {
        settleUntil(() -> activeElements(instance).contains(elementId), () -> "Expected the instance to wait at "
                + elementId + "; it is waiting at " + activeElements(instance) + " having passed "
                + completedElements(instance));
    }

    public boolean isCompleted(long instance) {
        return processRecords(instance, ProcessInstanceIntent.ELEMENT_COMPLETED).findAny().isPresent();
    }

    /** Elements completed by the instance and by every call-activity child below it, in order. */
    public List<String> completedElements(long instance) {
        Set<Long> family = family(instance);
        return elementRecords(family, ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(r -> r.getValue().getElementId()).toList();
    }

    /** Elements activated and not yet left, in the instance and its children. */
    public List<String> activeElements(long instance) {
        Set<Long> family = family(instance);
        Map<Long, String> open = new LinkedHashMap<>();
        for (Record<ProcessInstanceRecordValue> r : RecordStream.of(engine.getRecordStreamSource())
                .processInstanceRecords()) {
            if (!family.contains(r.getValue().getProcessInstanceKey())) {
                continue;
            }
            if (r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
                open.put(r.getKey(), r.getValue().getElementId());
            } else if (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                open.remove(r.getKey());
            }
        }
        return List.copyOf(open.values());
    }

    /** Incident messages raised in the instance or its children. */
    public List<String> incidents(long instance) {
        Set<Long> family = family(instance);
        List<String> messages = new ArrayList<>();
        for (var r : RecordStream.of(engine.getRecordStreamSource()).incidentRecords()) {
            if (r.getIntent() == IncidentIntent.CREATED && family.contains(r.getValue().getProcessInstanceKey())) {
                messages.add(r.getValue().getErrorMessage());
            }
        }
        return messages;
    }

    /** The latest value of a variable in the instance's own scope, read as the given type. */
    public <T> T variable(long instance, String name, Class<T> type) {
        String value = null;
        for (var r : RecordStream.of(engine.getRecordStreamSource()).variableRecords()) {
            if (r.getValue().getScopeKey() == instance && r.getValue().getName().equals(name)) {
                value = r.getValue().getValue();
            }
        }
        if (value == null) {
            throw new AssertionError("The instance has no variable " + name);
        }
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new AssertionError("Variable " + name + " is not a " + type.getSimpleName() + ": " + value, e);
        }
    }

    private ActivatedJob awaitJob(long instance, String jobType, Predicate<ActivatedJob> wanted, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            giveStandingAnswers();
            Set<Long> family = family(instance);
            ActivatedJob found = null;
            for (ActivatedJob job : activate(jobType)) {
                if (found == null && family.contains(job.getProcessInstanceKey()) && wanted.test(job)) {
                    found = job;
                } else {
                    // Not this step: hand it straight back so it can be activated again.
                    client.newFailCommand(job.getKey()).retries(job.getRetries()).retryBackoff(Duration.ZERO)
                            .errorMessage("Handed back by the test").send().join();
                }
            }
            if (found != null) {
                return found;
            }
            sleep(POLL);
        }
        throw new AssertionError("The instance never reached " + what + " within " + PATIENCE + "; it passed "
                + completedElements(instance) + ", is waiting at " + activeElements(instance)
                + incidentsSuffix(instance));
    }

    private void awaitState(long instance, BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected the instance " + what + " within " + PATIENCE + "; it passed "
                        + completedElements(instance) + ", is waiting at " + activeElements(instance)
                        + incidentsSuffix(instance));
            }
            giveStandingAnswers();
            sleep(POLL);
        }
    }

    private String incidentsSuffix(long instance) {
        List<String> incidents = incidents(instance);
        return incidents.isEmpty() ? "" : ", with incidents " + incidents;
    }

    private boolean giveStandingAnswers() {
        boolean any = false;
        for (var entry : standingAnswers.entrySet()) {
            for (ActivatedJob job : activate(entry.getKey())) {
                Object variables = entry.getValue().apply(job);
                client.newCompleteCommand(job.getKey()).variables(variables == null ? Map.of() : variables)
                        .send().join();
                any = true;
            }
        }
        return any;
    }

    /**
     * Jobs of this type waiting now. An activation the engine does not answer in time counts as none: the caller asks
     * again, and a batch whose answer was lost comes back after the short lock below instead of staying locked for the
     * rest of the test (seen once on a loaded CI machine: the in-memory gateway answered nothing for over 10 s).
     */
    private List<ActivatedJob> activate(String jobType) {
        try {
            return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(32)
                    .timeout(ACTIVATION_LOCK).requestTimeout(Duration.ofMillis(200)).send().join().getJobs();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Code.DEADLINE_EXCEEDED) {
                throw e;
            }
            return List.of();
        }
    }

    private void waitForIdle() {
        try {
            engine.waitForIdleState(PATIENCE);
        } catch (TimeoutException e) {
            throw new AssertionError("The engine stayed busy for " + PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the engine", e);
        }
    }

    private boolean isTerminated(long instance) {
        return processRecords(instance, ProcessInstanceIntent.ELEMENT_TERMINATED).findAny().isPresent();
    }

    private Stream<Record<ProcessInstanceRecordValue>> processRecords(long instance, ProcessInstanceIntent intent) {
        return elementRecords(Set.of(instance), intent)
                .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS);
    }

    private Stream<Record<ProcessInstanceRecordValue>> elementRecords(Set<Long> instances,
            ProcessInstanceIntent intent) {
        List<Record<ProcessInstanceRecordValue>> records = new ArrayList<>();
        for (Record<ProcessInstanceRecordValue> r : RecordStream.of(engine.getRecordStreamSource())
                .processInstanceRecords()) {
            if (r.getIntent() == intent && instances.contains(r.getValue().getProcessInstanceKey())) {
                records.add(r);
            }
        }
        return records.stream();
    }

    /** The instance and every instance started below it by call activities, however deep. */
    private Set<Long> family(long instance) {
        Map<Long, Long> parentOf = new HashMap<>();
        for (Record<ProcessInstanceRecordValue> r : RecordStream.of(engine.getRecordStreamSource())
                .processInstanceRecords()) {
            long parent = r.getValue().getParentProcessInstanceKey();
            if (parent > 0) {
                parentOf.put(r.getValue().getProcessInstanceKey(), parent);
            }
        }
        Set<Long> family = new HashSet<>(Set.of(instance));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var child : parentOf.entrySet()) {
                if (family.contains(child.getValue()) && family.add(child.getKey())) {
                    grew = true;
                }
            }
        }
        return family;
    }

    private void deployModels() {
        Path root = repositoryRoot();
        List<Path> models;
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("processes")), Files.walk(root.resolve("forms")))) {
            models = files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models under " + root, e);
        }
        DeployResourceCommandStep2 deploy = null;
        for (Path model : models) {
            deploy = deploy == null ? client.newDeployResourceCommand().addResourceFile(model.toString())
                    : deploy.addResourceFile(model.toString());
        }
        if (deploy == null) {
            throw new IllegalStateException("No models found under " + root);
        }
        deploy.send().join();
    }

    /** Tests run from the workers module; the models live at the top of the repository. */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("processes")) && Files.isDirectory(dir.resolve("forms"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No processes/ folder above " + here);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the test engine", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the engine", e);
        }
    }
}

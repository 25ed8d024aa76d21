package scot.commissioningflow.isf;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.ContractSigningProcess;
import scot.commissioningflow.contracts.SignatureSubmission;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.contracts.documents.SampleAgreement;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.agreement.AgreementFields;
import scot.commissioningflow.isf.change.Changes;
import scot.commissioningflow.isf.change.Ending;
import scot.commissioningflow.isf.choice.Choices;
import scot.commissioningflow.isf.choice.ProviderAnswer;
import scot.commissioningflow.isf.choice.ProviderChoice;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.isf.fund.EndedHow;
import scot.commissioningflow.isf.fund.Funds;
import scot.commissioningflow.isf.fund.IsfStatus;
import scot.commissioningflow.isf.fund.NewIsf;
import scot.commissioningflow.isf.ledger.Ledger;
import scot.commissioningflow.isf.ledger.NewSpendStatement;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.tasks.TaskQuery;

/**
 * Throughput of whole ISF journeys on the embedded engine, with the product's real workers and again with no-op
 * workers on the same engine. Not part of the test suite (the class name does not end in Test); run it with
 *
 * <pre>./mvnw -B -q test -pl workers -Dtest=IsfBenchmark -Disf.benchmark.journeys=100 -Disf.benchmark.in-flight=8</pre>
 *
 * ({@code -Disf.benchmark.rounds=4} by default: each kind of worker runs its journeys in that many rounds, in turn.)
 *
 * A journey: the social worker opens the ISF, the person chooses, the provider accepts, fair work is checked, the
 * agreement is generated and signed by all three parties, the fund is put in place, the person moves to another SDS
 * option and the process ends. With real workers the human steps and signatures go through the product's services
 * (database, ledger, document generation); with no-op workers the same process shape, deployed under "noop-" ids and
 * job types, has every service task completed at once, and the journey takes the same steps, waits at the same points
 * and makes the same engine calls (task completions in the inbox, the all-signed message after the third signature,
 * the ending message), so the two runs differ only in the product's own work. A journey is timed until its fund is
 * closed (the process's last step); that every process then ended is checked after the clock stops. At most
 * {@code in-flight} journeys run at once: the embedded engine has no backpressure.
 */
class IsfBenchmark extends JourneyTest {

    private static final String NOOP = "noop-";
    private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    private static final Pattern JOB_TYPE = Pattern.compile("zeebe:taskDefinition type=\"([^\"]+)\"");
    private static final List<String> MODELS = List.of("processes/isf/option2-individual-service-fund.bpmn",
            "processes/contracts/contract-signing.bpmn", "processes/fairwork/fair-work-check.bpmn");
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(25);
    private static final List<String> SIGNING_ROLES = List.of("supported-person", "provider", "council");

    @Autowired
    private Funds funds;

    @Autowired
    private Choices choices;

    @Autowired
    private Ledger ledger;

    @Autowired
    private Changes changes;

    @Autowired
    private ContractDocuments contracts;

    @Autowired
    private ProcessEngine processes;

    @Autowired
    private CamundaClient client;

    @Autowired
    private ZeebeTestEngine zeebe;

    @Autowired
    private ProviderRegister providers;

    private String provider;

    /** What the no-op workers note, so the engine-only journey waits where the product's journey waits. */
    private final Set<String> awaitingSignatures = ConcurrentHashMap.newKeySet();
    private final Set<String> inPlace = ConcurrentHashMap.newKeySet();
    private final Set<String> closed = ConcurrentHashMap.newKeySet();

    @Test
    void journeysPerSecondWithRealAndNoOpWorkers() throws Exception {
        int journeys = Integer.getInteger("isf.benchmark.journeys", 50);
        int inFlight = Integer.getInteger("isf.benchmark.in-flight", 8);
        provider = new IsfDriver(api, inbox, providers, EXTERNAL_SERVICES).admittedProvider("Benchmark Care");
        List<JobWorker> noOpWorkers = deployNoOpVariant();
        Steps real = new ProductSteps();
        Steps noOp = new EngineOnlySteps();
        try {
            // Reading the Word template and starting the XML machinery the first time takes long on a busy machine:
            // done before the warm-up, so no warm-up journey waits for it beyond its patience.
            generateDocuments(1);
            run("warm-up real", Math.max(4, journeys / 10), inFlight, real);
            run("warm-up no-op", Math.max(4, journeys / 10), inFlight, noOp);
            // The machine is shared: rounds taken in turn expose both kinds of worker to the same passing load.
            int rounds = Math.max(1, Integer.getInteger("isf.benchmark.rounds", 4));
            Result realRun = new Result(0, 0);
            Result noOpRun = new Result(0, 0);
            for (int round = 1; round <= rounds; round++) {
                int batch = journeys / rounds + (round <= journeys % rounds ? 1 : 0);
                realRun = realRun.plus(run("real, round " + round, batch, inFlight, real));
                noOpRun = noOpRun.plus(run("no-op, round " + round, batch, inFlight, noOp));
            }
            Result documents = generateDocuments(journeys);
            System.out.printf("%nISF benchmark: %d journeys each in %d rounds taken in turn, at most %d in flight, on "
                    + "the embedded engine%n", journeys, rounds, inFlight);
            System.out.printf("  real workers : %6.2f journeys/s (%.1f s)%n", realRun.perSecond(), realRun.seconds());
            System.out.printf("  no-op workers: %6.2f journeys/s (%.1f s)%n", noOpRun.perSecond(), noOpRun.seconds());
            System.out.printf("  ratio real / no-op: %.2f%n", realRun.perSecond() / noOpRun.perSecond());
            System.out.printf("  contract documents generated during the real run: %d = %.2f/s%n", realRun.count(),
                    realRun.perSecond());
            System.out.printf("  contract documents generated on their own: %d in %.1f s = %.2f/s%n%n",
                    documents.count(), documents.seconds(), documents.perSecond());
        } finally {
            noOpWorkers.forEach(JobWorker::close);
        }
    }

    record Result(int count, double seconds) {
        double perSecond() {
            return count / seconds;
        }

        Result plus(Result other) {
            return new Result(count + other.count, seconds + other.seconds);
        }
    }

    /** An ISF as the journey knows it once opened. */
    record Opened(String reference, long processInstanceKey, SignedInPerson person) {

        String agreement() {
            return reference + "-A1";
        }
    }

    /**
     * The steps of one journey. Both runs take every step in the same order, waiting at the same points with the same
     * patience, so the engine sees the same process path, task completions and messages; they differ only in who does
     * the work: the product (its services and real workers) or nobody (no-op workers, and the engine calls alone).
     */
    interface Steps {

        Opened open(int number);

        void choose(Opened isf);

        void accept(Opened isf);

        /** Waits until the agreement is waiting for signatures; returns the SHA-256 the signatures quote. */
        String awaitAgreement(Opened isf);

        void sign(Opened isf, String role, String sha256);

        /** Waits until the fund is in place. */
        void awaitInPlace(Opened isf);

        void recordStatement(Opened isf);

        void end(Opened isf);

        /** Waits until the fund is closed: the process's last step. */
        void awaitClosed(Opened isf);
    }

    /** Where a journey spends its time, summed over a run's journeys, by step. */
    private final Map<String, LongAdder> stepNanos = Collections.synchronizedMap(new LinkedHashMap<>());

    private long journey(int number, Steps steps) {
        Opened isf = timed("open", () -> steps.open(number));
        timed("choose", () -> steps.choose(isf));
        timed("accept", () -> steps.accept(isf));
        String sha256 = timed("await agreement", () -> steps.awaitAgreement(isf));
        for (String role : SIGNING_ROLES) {
            timed("sign", () -> steps.sign(isf, role, sha256));
        }
        timed("await in place", () -> steps.awaitInPlace(isf));
        timed("statement", () -> steps.recordStatement(isf));
        timed("end", () -> steps.end(isf));
        timed("await closed", () -> steps.awaitClosed(isf));
        return isf.processInstanceKey();
    }

    private <T> T timed(String step, Supplier<T> action) {
        long started = System.nanoTime();
        try {
            return action.get();
        } finally {
            stepNanos.computeIfAbsent(step, name -> new LongAdder()).add(System.nanoTime() - started);
        }
    }

    private void timed(String step, Runnable action) {
        timed(step, () -> {
            action.run();
            return null;
        });
    }

    private Result run(String label, int journeys, int inFlight, Steps steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        long started = System.nanoTime();
        List<Future<Long>> running = new ArrayList<>();
        for (int i = 0; i < journeys; i++) {
            int number = i;
            running.add(pool.submit(() -> journey(number, steps)));
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (Future<Long> future : running) {
            keys.add(future.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        // Not timed: reading the engine's whole record stream costs more, the more journeys have run.
        awaitCompleted(keys);
        System.out.printf("  %s: %d journeys in %.1f s; mean ms a journey spent per step:", label, journeys,
                seconds);
        stepNanos.forEach((step, nanos) -> System.out.printf(" %s %.0f,", step, nanos.sum() / 1e6 / journeys));
        System.out.println();
        stepNanos.clear();
        return new Result(journeys, seconds);
    }

    /** The journey through the product's services, with its real workers. */
    private class ProductSteps implements Steps {

        @Override
        public Opened open(int number) {
            String person = "Bench Person " + System.nanoTime();
            var opened = funds.open(new NewIsf(person, "bench." + number + "." + System.nanoTime(),
                    "bench@example.org", "Moray Council", "Sam Social", "sam.social@moray.example",
                    List.of("Get out and about"), new BigDecimal("12000"), new BigDecimal("10"), null, null),
                    Callers.socialWorker());
            String userId = funds.load(opened.reference()).personUserId();
            return new Opened(opened.reference(), opened.processInstanceKey(),
                    new SignedInPerson(userId, person, Set.of(Role.SUPPORTED_PERSON), null, null));
        }

        @Override
        public void choose(Opened isf) {
            awaitTaskKey(isf.reference(), IsfProcess.RECORD_CHOICE);
            choices.choose(isf.reference(), new ProviderChoice(provider, "I know the staff.", ChoiceHelper.NOBODY,
                    null), isf.person());
        }

        @Override
        public void accept(Opened isf) {
            awaitTaskKey(isf.reference(), IsfProcess.PROVIDER_ACCEPTANCE);
            choices.answer(isf.reference(), new ProviderAnswer(true, "Yes.", new BigDecimal("13.45"), null,
                    ZeroHoursUse.NONE, WorkerVoice.RECOGNISED_TRADE_UNION, "Union", "SVQ", "Action plan", true, false,
                    true, true), Callers.provider(provider));
        }

        @Override
        public String awaitAgreement(Opened isf) {
            return await().atMost(PATIENCE).pollInterval(POLL).ignoreExceptions()
                    .until(() -> contracts.get(isf.agreement()),
                            c -> c.status() == SigningStatus.AWAITING_SIGNATURES)
                    .documentSha256();
        }

        @Override
        public void sign(Opened isf, String role, String sha256) {
            SignedInPerson signer = switch (role) {
                case "supported-person" -> isf.person();
                case "provider" -> Callers.provider(provider);
                default -> Callers.socialWorker();
            };
            contracts.sign(isf.agreement(), new SignatureSubmission(role, role, sha256, null, null), signer);
        }

        @Override
        public void awaitInPlace(Opened isf) {
            await().atMost(PATIENCE).pollInterval(POLL)
                    .until(() -> funds.load(isf.reference()).status() == IsfStatus.ACTIVE);
        }

        @Override
        public void recordStatement(Opened isf) {
            ledger.recordStatement(isf.reference(), new NewSpendStatement("S-" + isf.reference(),
                    ledger.ledger(isf.reference(), isf.person()).months().getFirst().periodStart(),
                    new BigDecimal("1000"), new BigDecimal("43"), null), Callers.provider(provider));
        }

        @Override
        public void end(Opened isf) {
            changes.end(isf.reference(), new Ending(EndedHow.MOVED_TO_ANOTHER_SDS_OPTION, "Option 1", "Benchmark"),
                    isf.person());
        }

        @Override
        public void awaitClosed(Opened isf) {
            await().atMost(PATIENCE).pollInterval(POLL)
                    .until(() -> funds.load(isf.reference()).status() == IsfStatus.CLOSED);
        }
    }

    /**
     * The same journey on the "noop-" processes: the engine calls the product's services would make (start, task
     * completions in the inbox, the all-signed and ending messages), the waits observed through what the no-op
     * workers note, and nothing else. Signatures and the statement are the product's own work: counted, not stored.
     */
    private class EngineOnlySteps implements Steps {

        private final Map<String, Integer> signatures = new ConcurrentHashMap<>();

        @Override
        public Opened open(int number) {
            String isf = "NOOP-" + number + "-" + System.nanoTime();
            long key = processes.start(NOOP + IsfProcess.PROCESS_ID, isf, Map.of("isfReference", isf));
            return new Opened(isf, key, null);
        }

        @Override
        public void choose(Opened isf) {
            completeTask(isf.reference(), IsfProcess.RECORD_CHOICE, Map.of("providerReference", provider,
                    "choiceInOwnWords", "I know the staff.", "choiceHelpedBy", "NOBODY", "choiceHelperName", ""));
        }

        @Override
        public void accept(Opened isf) {
            completeTask(isf.reference(), IsfProcess.PROVIDER_ACCEPTANCE,
                    Map.of("providerDecision", "accept", "acceptanceNotes", "Yes."));
        }

        @Override
        public String awaitAgreement(Opened isf) {
            await().atMost(PATIENCE).pollInterval(POLL).until(() -> awaitingSignatures.contains(isf.agreement()));
            return "";
        }

        @Override
        public void sign(Opened isf, String role, String sha256) {
            if (signatures.merge(isf.agreement(), 1, Integer::sum) == SIGNING_ROLES.size()) {
                processes.correlate(ContractSigningProcess.ALL_SIGNED_MESSAGE, isf.agreement(),
                        Map.of("contractSigned", true));
            }
        }

        @Override
        public void awaitInPlace(Opened isf) {
            await().atMost(PATIENCE).pollInterval(POLL).until(() -> inPlace.contains(isf.reference()));
        }

        @Override
        public void recordStatement(Opened isf) {
            // A statement is the product's own record: the engine takes no part in it.
        }

        @Override
        public void end(Opened isf) {
            processes.correlate(IsfProcess.ENDING, isf.reference(), Map.of("endedHow",
                    EndedHow.MOVED_TO_ANOTHER_SDS_OPTION.name(), "movingTo", "Option 1", "endingReason", "Benchmark"));
        }

        @Override
        public void awaitClosed(Opened isf) {
            await().atMost(PATIENCE).pollInterval(POLL).until(() -> closed.contains(isf.reference()));
        }
    }

    private void completeTask(String businessKey, String elementId, Map<String, Object> submission) {
        long task = awaitTaskKey(businessKey, elementId);
        inbox.complete(task, submission, "bench");
    }

    private long awaitTaskKey(String businessKey, String elementId) {
        return await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> inbox.find(TaskQuery.open().forBusinessKey(businessKey).atElement(elementId)),
                        tasks -> !tasks.isEmpty()).getFirst().taskKey();
    }

    /** One pass over the engine's records per poll: cheaper than asking about each instance in turn. */
    private void awaitCompleted(Set<Long> keys) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Set<Long> completed = StreamSupport.stream(RecordStream.of(zeebe.getRecordStreamSource())
                    .processInstanceRecords().spliterator(), false).filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                            && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                    .map(r -> r.getValue().getProcessInstanceKey()).collect(Collectors.toSet());
            return completed.containsAll(keys);
        });
    }

    private Result generateDocuments(int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            contracts.generate(new ContractRequest("BENCH-DOC-" + System.nanoTime(),
                    AgreementFields.TEMPLATE, SampleAgreement.fields(), List.of(), 14));
        }
        return new Result(count, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Deploys the ISF process and the processes it calls again under "noop-" ids and job types, and opens a worker
     * for each of those types that completes its job at once with the variables the gateways need for the happy path.
     */
    private List<JobWorker> deployNoOpVariant() throws IOException {
        Set<String> jobTypes = new LinkedHashSet<>();
        var deployment = client.newDeployResourceCommand().addResourceStringUtf8(noOp(MODELS.getFirst(), jobTypes),
                NOOP + "isf.bpmn");
        for (String model : MODELS.subList(1, MODELS.size())) {
            deployment = deployment.addResourceStringUtf8(noOp(model, jobTypes), NOOP + model.replace('/', '-'));
        }
        deployment.send().join();
        Map<String, Object> happyPath = Map.of("providerAccepted", true, "fairWorkOutcome", "MET",
                "fairWorkSummary", "no-op", "contractSigned", true, "budgetChanged", false,
                "agreementStartsIn", "PT0S", "reviewInterval", "P12M");
        List<JobWorker> workers = new ArrayList<>();
        for (String type : jobTypes) {
            workers.add(client.newWorker().jobType(type).handler((jobClient, job) -> {
                Map<String, Object> given = job.getVariablesAsMap();
                Map<String, Object> variables = new HashMap<>(happyPath);
                String contractReference = given.get("isfReference") + "-A1";
                variables.put("contractReference", contractReference);
                // What the no-op contract-signing is called with, whichever variables its version reads.
                variables.put("contractRequest", Map.of("contractReference", contractReference));
                if (type.equals(NOOP + "request-signatures")
                        && given.get("contractRequest") instanceof Map<?, ?> request) {
                    awaitingSignatures.add(String.valueOf(request.get("contractReference")));
                }
                if (type.equals(NOOP + "activate-isf-agreement")) {
                    inPlace.add(String.valueOf(given.get("isfReference")));
                }
                if (type.equals(NOOP + "close-isf")) {
                    closed.add(String.valueOf(given.get("isfReference")));
                }
                jobClient.newCompleteCommand(job).variables(variables).send().join();
            }).maxJobsActive(32).open());
        }
        return workers;
    }

    private static String noOp(String model, Set<String> jobTypes) throws IOException {
        String xml;
        try (InputStream in = new ClassPathResource(model).getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher types = JOB_TYPE.matcher(xml);
        while (types.find()) {
            jobTypes.add(NOOP + types.group(1));
        }
        Matcher process = PROCESS_ID.matcher(xml);
        String processId = process.find() ? process.group(1) : "";
        return xml.replace("zeebe:taskDefinition type=\"", "zeebe:taskDefinition type=\"" + NOOP)
                .replace("processId=\"", "processId=\"" + NOOP)
                .replace("process id=\"", "process id=\"" + NOOP)
                .replace("bpmnElement=\"" + processId + "\"", "bpmnElement=\"" + NOOP + processId + "\"");
    }
}

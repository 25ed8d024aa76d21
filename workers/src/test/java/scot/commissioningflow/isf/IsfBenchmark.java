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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * A journey: the social worker opens the ISF, the person chooses, the provider accepts, fair work is checked, the
 * agreement is generated and signed by all three parties, the fund is put in place, the person moves to another SDS
 * option and the process ends. With real workers the human steps and signatures go through the product's services
 * (database, ledger, document generation); with no-op workers the same process shape, deployed under "noop-" ids and
 * job types, has every service task completed at once and the signatures replaced by the signed message. At most
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

    @Test
    void journeysPerSecondWithRealAndNoOpWorkers() throws Exception {
        int journeys = Integer.getInteger("isf.benchmark.journeys", 50);
        int inFlight = Integer.getInteger("isf.benchmark.in-flight", 8);
        provider = new IsfDriver(api, inbox, providers, EXTERNAL_SERVICES).admittedProvider("Benchmark Care");
        List<JobWorker> noOpWorkers = deployNoOpVariant();
        try {
            run("warm-up real", Math.max(4, journeys / 10), inFlight, this::realJourney);
            run("warm-up no-op", Math.max(4, journeys / 10), inFlight, this::noOpJourney);
            Result real = run("real", journeys, inFlight, this::realJourney);
            Result noOp = run("no-op", journeys, inFlight, this::noOpJourney);
            Result documents = generateDocuments(journeys);
            System.out.printf("%nISF benchmark: %d journeys each, at most %d in flight, on the embedded engine%n",
                    journeys, inFlight);
            System.out.printf("  real workers : %6.2f journeys/s (%.1f s)%n", real.perSecond(), real.seconds());
            System.out.printf("  no-op workers: %6.2f journeys/s (%.1f s)%n", noOp.perSecond(), noOp.seconds());
            System.out.printf("  ratio real / no-op: %.2f%n", real.perSecond() / noOp.perSecond());
            System.out.printf("  contract documents generated during the real run: %d = %.2f/s%n", real.count(),
                    real.perSecond());
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
    }

    interface Journey {
        long run(int number) throws Exception;
    }

    private Result run(String label, int journeys, int inFlight, Journey journey) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        long started = System.nanoTime();
        List<Future<Long>> running = new ArrayList<>();
        for (int i = 0; i < journeys; i++) {
            int number = i;
            running.add(pool.submit(() -> journey.run(number)));
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (Future<Long> future : running) {
            keys.add(future.get());
        }
        pool.shutdown();
        awaitCompleted(keys);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %s: %d journeys in %.1f s%n", label, journeys, seconds);
        return new Result(journeys, seconds);
    }

    private long realJourney(int number) {
        String person = "Bench Person " + System.nanoTime();
        var opened = funds.open(new NewIsf(person, "bench." + number + "." + System.nanoTime(), "bench@example.org",
                "Moray Council", "Sam Social", "sam.social@moray.example", List.of("Get out and about"),
                new BigDecimal("12000"), new BigDecimal("10"), null, null), Callers.socialWorker());
        String isf = opened.reference();
        String userId = funds.load(isf).personUserId();
        SignedInPerson personCaller = new SignedInPerson(userId, person, Set.of(Role.SUPPORTED_PERSON), null, null);
        SignedInPerson providerCaller = Callers.provider(provider);
        awaitTaskKey(isf, IsfProcess.RECORD_CHOICE);
        choices.choose(isf, new ProviderChoice(provider, "I know the staff.", ChoiceHelper.NOBODY, null),
                personCaller);
        awaitTaskKey(isf, IsfProcess.PROVIDER_ACCEPTANCE);
        choices.answer(isf, new ProviderAnswer(true, "Yes.", new BigDecimal("13.45"), null,
                ZeroHoursUse.NONE, WorkerVoice.RECOGNISED_TRADE_UNION, "Union", "SVQ", "Action plan", true, false,
                true, true),
                providerCaller);
        String agreement = isf + "-A1";
        String sha = await().atMost(PATIENCE).pollInterval(POLL).ignoreExceptions()
                .until(() -> contracts.get(agreement), c -> c.status() == SigningStatus.AWAITING_SIGNATURES)
                .documentSha256();
        Map<String, SignedInPerson> signers = Map.of("supported-person", personCaller, "provider", providerCaller,
                "council", Callers.socialWorker());
        for (String role : List.of("supported-person", "provider", "council")) {
            contracts.sign(agreement, new SignatureSubmission(role, role, sha, null, null), signers.get(role));
        }
        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> funds.load(isf).status() == IsfStatus.ACTIVE);
        ledger.recordStatement(isf, new NewSpendStatement("S-" + isf,
                ledger.ledger(isf, personCaller).months().getFirst().periodStart(), new BigDecimal("1000"),
                new BigDecimal("43"), null), providerCaller);
        changes.end(isf, new Ending(EndedHow.MOVED_TO_ANOTHER_SDS_OPTION, "Option 1",
                "Benchmark"), personCaller);
        return opened.processInstanceKey();
    }

    private long noOpJourney(int number) {
        String isf = "NOOP-" + number + "-" + System.nanoTime();
        long key = processes.start(NOOP + IsfProcess.PROCESS_ID, isf, Map.of("isfReference", isf));
        completeTask(isf, IsfProcess.RECORD_CHOICE, Map.of("providerReference", provider, "choiceInOwnWords", "I know them.",
                "choiceHelpedBy", "NOBODY", "choiceHelperName", ""));
        completeTask(isf, IsfProcess.PROVIDER_ACCEPTANCE, Map.of("providerDecision", "accept", "acceptanceNotes", "Yes."));
        processes.correlate(ContractSigningProcess.ALL_SIGNED_MESSAGE, isf + "-A1", Map.of());
        processes.correlate(IsfProcess.ENDING, isf, Map.of());
        return key;
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
                    AgreementFields.TEMPLATE, sampleAgreementFields(), List.of(), 14));
        }
        return new Result(count, (System.nanoTime() - started) / 1e9);
    }

    private static Map<String, Object> sampleAgreementFields() {
        Map<String, Object> fields = new HashMap<>();
        for (String field : List.of("agreementReference", "personName", "councilName", "providerName",
                "providerEmail", "socialWorkerName", "socialWorkerEmail", "signingForPerson", "choiceInOwnWords",
                "choiceHelp", "annualBudget", "monthlyBudget", "weeklyHours", "carriedOverBalance", "startDate",
                "firstReviewDate", "reviewIntervalMonths", "noticePeriodDays")) {
            fields.put(field, "sample " + field);
        }
        fields.put("outcomes", List.of(Map.of("number", "1", "outcome", "Get out and about")));
        return fields;
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
                Map<String, Object> variables = new HashMap<>(happyPath);
                String contractReference = job.getVariablesAsMap().get("isfReference") + "-A1";
                variables.put("contractReference", contractReference);
                // What the no-op contract-signing is called with, whichever variables its version reads.
                variables.put("contractRequest", Map.of("contractReference", contractReference));
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

package scot.commissioningflow.isf;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.intent.MessageSubscriptionIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceCreationIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceCreationRecordValue;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
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
import scot.commissioningflow.journey.HandedOutJobs;
import scot.commissioningflow.journey.JourneyTest;
import scot.commissioningflow.monitoring.MonitoringProcess;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.tasks.TaskQuery;
import scot.commissioningflow.tasks.TaskView;

/**
 * Throughput of whole ISF journeys on the embedded engine, with the product's real workers and again with no-op
 * workers on the same engine. Not part of the test suite (the class name does not end in Test); run it with
 *
 * <pre>./mvnw -B -q test -pl workers -Dexec.skip=true -Dtest=IsfBenchmark -Disf.benchmark.journeys=100
 *     -Disf.benchmark.in-flight=8</pre>
 *
 * ({@code -Disf.benchmark.rounds=4} by default: each kind of worker runs its journeys in that many rounds, in turn.)
 *
 * Before the rounds, both kinds warm up in turn, a round's journeys at a time, until the JIT compilers take at most a
 * tenth of the JVM's CPU in both ({@code -Disf.benchmark.settled-compiling=0.10}, at most
 * {@code -Disf.benchmark.warm-up-passes=30} passes). The product runs far more distinct code than the engine alone,
 * much of it once or twice a journey, and the JIT compiles such code with C2 only after thousands of calls: on two
 * cores it was still taking 40 to 65 ms of a real journey's CPU after some 270 warm-up journeys, against 3 to 21 in
 * the no-op one. A service that runs for days pays that once. After each pass the messages the journeys left are
 * expired from the engine, so that every pass, and each round after, meets the engine in the same state: measured
 * while they piled up (each pass dearer than the last), the compilers' share looked settled long before it was.
 *
 * A journey: the social worker opens the ISF, the person chooses, the provider accepts, fair work is checked, the
 * agreement is generated and signed by all three parties, the fund is put in place (and its contract enters
 * monitoring), the provider sends a spend statement, the person moves to another SDS option and the process ends.
 * With real workers the human steps, signatures and statement go through the product's services (database, ledger,
 * document generation). With no-op workers the same processes, deployed again under "noop-" ids and job types, run
 * the same path: every job and inbox task is completed with the variables the real run completed it with (read from
 * the engine's records after the real warm-up, the journey's reference put in), the ISF process is started with the
 * variables the product started it with, the contract enters monitoring when the fund is put in place and leaves it
 * when it closes, the third signature sends the all-signed message and the ending its message, as the product does.
 * So the engine sees the same process path, task completions and messages in both runs, which differ only in the
 * product's own work; at the end the benchmark checks that from the engine's records (the elements each run
 * completed, by process and element) and fails if the paths differ. The statement is the product's own record, which
 * the engine takes no part in: the no-op run waits at that step for nothing.
 *
 * Both runs wait the same way where the journey waits for the workers (the agreement sent for signature, the fund in
 * place, the fund closed): until the engine has confirmed the completion of the job of that step, as the Camunda
 * client sees it ({@link JobsDone}). The real run then reads once what the next step needs from the product (the
 * document's fingerprint, which the signatures quote) or checks its state, and fails if it is not there.
 *
 * A journey is timed until its fund is closed (the process's last step); that every process then ended is checked
 * after the clock stops. At most {@code in-flight} journeys run at once: the embedded engine has no backpressure.
 */
@Import(IsfBenchmark.JobsDone.class)
class IsfBenchmark extends JourneyTest {

    private static final String NOOP = "noop-";
    /** How the no-op run's references begin: "ISF-N" and digits, where the product's are hexadecimal, with no N. */
    private static final String NOOP_REFERENCE = "ISF-N";
    /** The jobs whose completion a journey waits for: its agreement is sent for signature, in place, closed. */
    private static final String REQUEST_SIGNATURES = "request-signatures";
    private static final String ACTIVATE = "activate-isf-agreement";
    private static final String CLOSE = "close-isf";
    private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    private static final Pattern JOB_TYPE = Pattern.compile("zeebe:taskDefinition type=\"([^\"]+)\"");
    /** An ISF's reference ("ISF-" and eight capitals or digits), in the variables a job was completed with. */
    private static final Pattern REFERENCE = Pattern.compile("\\bISF-[0-9A-Z]{8}\\b");
    private static final List<String> MODELS = List.of("processes/isf/option2-individual-service-fund.bpmn",
            "processes/contracts/contract-signing.bpmn", "processes/fairwork/fair-work-check.bpmn",
            "processes/monitoring/contract-monitoring.bpmn");
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /**
     * How often a journey looks in the inbox for the task it waits for: each look is a query, and the interval is the
     * most a wait can overrun. At 100 ms (with Awaitility's first look only after one interval) every wait took a
     * multiple of 100 ms in both runs, so the journeys measured the polling more than the work.
     */
    private static final Duration TASK_POLL = Duration.ofMillis(10);
    /** Where {@link #realCompletions} keeps the variables a process was started with. */
    private static final String STARTED = "(started)";
    private static final List<String> SIGNING_ROLES = List.of("supported-person", "provider", "council");
    private static final ProviderAnswer ACCEPTANCE = new ProviderAnswer(true, "Yes.", new BigDecimal("13.45"), null,
            ZeroHoursUse.NONE, WorkerVoice.RECOGNISED_TRADE_UNION, "Union", "SVQ", "Action plan", true, false, true,
            true);
    private static final Ending ENDING = new Ending(EndedHow.MOVED_TO_ANOTHER_SDS_OPTION, "Option 1", "Benchmark");

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

    private final ObjectMapper json = new ObjectMapper();

    private String provider;

    /**
     * What the real run completed each job and inbox task with, by process and element (as JSON): the no-op run
     * completes the same element with the same variables, so its gateways, timers and messages take the same path.
     */
    private final Map<String, String> realCompletions = new ConcurrentHashMap<>();

    @Autowired
    private JobsDone jobsDone;

    /** How often the product's job workers look for jobs their stream missed (the no-op workers look as often). */
    @Value("${camunda.client.worker.defaults.poll-interval}")
    private Duration fallbackPoll;

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
            // Only what the journeys do from here counts when the two paths are compared.
            zeebe.waitForIdleState(PATIENCE);
            long firstPosition = lastPosition() + 1;
            // The machine is shared: rounds taken in turn expose both kinds of worker to the same passing load.
            int rounds = Math.max(1, Integer.getInteger("isf.benchmark.rounds", 4));
            // Each warm-up pass is a round's size and meets the engine as a round does (below), so that what the
            // warm-up measures of the JIT is what the rounds would meet.
            int warmUp = Math.max(4, journeys / rounds);
            Round realWarm = run("warm-up real, pass 1", warmUp, inFlight, real);
            learnRealCompletions(firstPosition);
            Round noOpWarm = run("warm-up no-op, pass 1", warmUp, inFlight, noOp);
            long expired = expireMessages(firstPosition);
            // The JIT compilers share the machine's cores with the journeys. Until they have compiled the code the
            // journeys run hot, they take a larger share of a real journey's CPU than of a no-op one's (the product
            // runs far more distinct code than the engine alone), and the ratio would measure warming up rather than
            // the work each journey does. So both warm up, in turn, until both compile for at most this share.
            double settled = Double.parseDouble(System.getProperty("isf.benchmark.settled-compiling", "0.10"));
            int passes = Integer.getInteger("isf.benchmark.warm-up-passes", 30);
            for (int pass = 2; !(realWarm.cpu().compiledAtMost(settled) && noOpWarm.cpu().compiledAtMost(settled));
                    pass++) {
                if (pass > passes) {
                    System.out.printf("  The JIT compilers still took more than %.0f%% of the CPU after %d warm-up "
                            + "passes: the rounds below include warming up.%n", settled * 100, passes);
                    break;
                }
                realWarm = run("warm-up real, pass " + pass, warmUp, inFlight, real);
                noOpWarm = run("warm-up no-op, pass " + pass, warmUp, inFlight, noOp);
                expired = expireMessages(firstPosition);
            }
            System.out.printf("  the warm-up's %d messages have expired from the engine%n", expired);
            Result realRun = new Result(0, 0);
            Result noOpRun = new Result(0, 0);
            List<Double> roundRatios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                int batch = journeys / rounds + (round <= journeys % rounds ? 1 : 0);
                Result realRound = run("real, round " + round, batch, inFlight, real).result();
                Result noOpRound = run("no-op, round " + round, batch, inFlight, noOp).result();
                realRun = realRun.plus(realRound);
                noOpRun = noOpRun.plus(noOpRound);
                roundRatios.add(realRound.perSecond() / noOpRound.perSecond());
            }
            Result documents = generateDocuments(journeys);
            System.out.printf("%nISF benchmark: %d journeys each in %d rounds taken in turn, at most %d in flight, on "
                    + "the embedded engine%n", journeys, rounds, inFlight);
            System.out.printf("  real workers : %6.2f journeys/s (%.1f s)%n", realRun.perSecond(), realRun.seconds());
            System.out.printf("  no-op workers: %6.2f journeys/s (%.1f s)%n", noOpRun.perSecond(), noOpRun.seconds());
            System.out.printf("  ratio real / no-op: %.2f%n", realRun.perSecond() / noOpRun.perSecond());
            // On a shared two-core machine one slow round moves the whole run's ratio; the rounds' own ratios show
            // whether a run's figure is the usual one or one round's.
            System.out.printf("  ratio in each round, real against the no-op round after it: %s (median %.2f)%n",
                    roundRatios.stream().map(r -> "%.2f".formatted(r)).collect(Collectors.joining(", ")),
                    median(roundRatios));
            System.out.printf("  contract documents generated during the real run: %d = %.2f/s%n", realRun.count(),
                    realRun.perSecond());
            System.out.printf("  contract documents generated on their own: %d in %.1f s = %.2f/s%n",
                    documents.count(), documents.seconds(), documents.perSecond());
            requireSamePath(firstPosition);
            census(firstPosition);
            // The embedded engine keeps every record it wrote: a longer warm-up needs a larger heap.
            System.gc();
            Runtime heap = Runtime.getRuntime();
            System.out.printf("  heap in use at the end: %d MB of at most %d MB%n",
                    (heap.totalMemory() - heap.freeMemory()) >> 20, heap.maxMemory() >> 20);
        } finally {
            noOpWorkers.forEach(JobWorker::close);
        }
    }

    /**
     * The machine's CPU time from /proc/stat, every process at normal priority together (the application, its
     * database and the engine): a run whose CPU is near 100% busy is limited by the work done per journey, one well
     * below it by waiting. Of it, this JVM's (the application and the embedded engine; the rest is mostly the database
     * server), and of that, the time the JVM spent compiling hot code (its JIT compilers run on the same two cores);
     * and how long its garbage collector ran, pauses and concurrent cycles (elapsed time, for the round as a whole).
     */
    record MachineCpu(long busyTicks, long allTicks, long jvmNanos, long compilingMillis, long collectingMillis) {

        /** Linux counts CPU time in ticks of 1/100 s (USER_HZ). */
        private static final double TICKS_PER_SECOND = 100;

        static MachineCpu now() {
            long jvm = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            // Pauses and, on Java 21+, G1's concurrent cycles ("G1 Concurrent GC") alike.
            long collecting = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(collector -> Math.max(0, collector.getCollectionTime())).sum();
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long all = 0;
                for (int i = 1; i < fields.length; i++) {
                    all += Long.parseLong(fields[i]);
                }
                // Idle and I/O wait are not work; nor is "nice" time: what runs at low priority on a shared machine
                // gives way to the benchmark and is not its work.
                long notWork = Long.parseLong(fields[2]) + Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                return new MachineCpu(all - notWork, all, jvm, compiling, collecting);
            } catch (IOException | RuntimeException notLinux) {
                return new MachineCpu(0, 0, jvm, compiling, collecting);
            }
        }

        MachineCpu minus(MachineCpu earlier) {
            return new MachineCpu(busyTicks - earlier.busyTicks, allTicks - earlier.allTicks,
                    jvmNanos - earlier.jvmNanos, compilingMillis - earlier.compilingMillis,
                    collectingMillis - earlier.collectingMillis);
        }

        double busyShare() {
            return allTicks == 0 ? 0 : (double) busyTicks / allTicks;
        }

        /** Machine, JVM and JIT compiling milliseconds a journey, how busy the machine was, and collecting. */
        String perJourney(int journeys) {
            return ("machine CPU %.0f ms a journey (this JVM %.0f, of which compiling %.0f), %.0f%% busy, garbage "
                    + "collection %d ms in all").formatted(busyTicks * 1000 / TICKS_PER_SECOND / journeys,
                    jvmNanos / 1e6 / journeys, (double) compilingMillis / journeys, busyShare() * 100,
                    collectingMillis);
        }

        /** Whether the JIT compilers took no more than the given share of the JVM's CPU time. */
        boolean compiledAtMost(double share) {
            return compilingMillis * 1e6 <= share * jvmNanos;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
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

    /** A run of journeys: how many in how long, and the CPU they took. */
    record Round(Result result, MachineCpu cpu) {
    }

    private Round run(String label, int journeys, int inFlight, Steps steps) throws Exception {
        // The stub of the outside services keeps every request it is sent, each envelope with its document: the
        // benchmark reads none of them back, and thousands held would make the run collect the stub's garbage too.
        EXTERNAL_SERVICES.resetRequests();
        // The embedded engine keeps every record it ever wrote in memory, some 650 a journey, and the benchmark reads
        // them back. The heap they fill sets off G1's concurrent cycles in whichever round they fall (one flight
        // recording had a cycle run through two no-op rounds), so each round starts from a collected heap, untimed.
        System.gc();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        MachineCpu cpuBefore = MachineCpu.now();
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
        MachineCpu cpu = MachineCpu.now().minus(cpuBefore);
        pool.shutdown();
        // Not timed: reading the engine's whole record stream costs more, the more journeys have run.
        awaitCompleted(keys);
        System.out.printf("  %s: %d journeys in %.1f s; %s; mean ms a journey spent per step:", label, journeys,
                seconds, cpu.perJourney(journeys));
        stepNanos.forEach((step, nanos) -> System.out.printf(" %s %.0f,", step, nanos.sum() / 1e6 / journeys));
        System.out.println();
        stepNanos.clear();
        return new Round(new Result(journeys, seconds), cpu);
    }

    /** The journey through the product's services, with its real workers. */
    private class ProductSteps implements Steps {

        @Override
        public Opened open(int number) {
            String person = "Bench Person " + System.nanoTime();
            // The person's sign-in name is the social worker's to give: the fund keeps it as given, so the journey
            // needs no read of the fund to learn it.
            String userId = "bench." + number + "." + System.nanoTime();
            var opened = funds.open(new NewIsf(person, userId, "bench@example.org", "Moray Council", "Sam Social",
                    "sam.social@moray.example", List.of("Get out and about"), new BigDecimal("12000"),
                    new BigDecimal("10"), null, null), Callers.socialWorker());
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
            choices.answer(isf.reference(), ACCEPTANCE, Callers.provider(provider));
        }

        @Override
        public String awaitAgreement(Opened isf) {
            awaitJobDone(REQUEST_SIGNATURES, isf);
            var agreement = contracts.get(isf.agreement());
            require(agreement.status() == SigningStatus.AWAITING_SIGNATURES, isf, "awaiting signatures");
            return agreement.documentSha256();
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
            awaitJobDone(ACTIVATE, isf);
            require(funds.load(isf.reference()).status() == IsfStatus.ACTIVE, isf, "in place");
        }

        @Override
        public void recordStatement(Opened isf) {
            ledger.recordStatement(isf.reference(), new NewSpendStatement("S-" + isf.reference(),
                    ledger.ledger(isf.reference(), isf.person()).months().getFirst().periodStart(),
                    new BigDecimal("1000"), new BigDecimal("43"), null), Callers.provider(provider));
        }

        @Override
        public void end(Opened isf) {
            changes.end(isf.reference(), ENDING, isf.person());
        }

        @Override
        public void awaitClosed(Opened isf) {
            awaitJobDone(CLOSE, isf);
            require(funds.load(isf.reference()).status() == IsfStatus.CLOSED, isf, "closed");
        }
    }

    /**
     * The same journey on the "noop-" processes: the engine calls the product's services would make (start, task
     * completions in the inbox, the all-signed and ending messages), the waits for the no-op workers' completions,
     * and nothing else. Signatures are the product's own work: counted, and the third sends the
     * all-signed message as the product does once the last one is stored.
     */
    private class EngineOnlySteps implements Steps {

        private final AtomicInteger opened = new AtomicInteger();
        private final Map<String, Integer> signatures = new ConcurrentHashMap<>();

        @Override
        public Opened open(int number) {
            // Shaped as the product's references are, so the real run's variables take it in their place; no real
            // reference has an N in it (theirs are hexadecimal).
            String isf = NOOP_REFERENCE + "%07d".formatted(opened.incrementAndGet());
            long key = processes.start(NOOP + IsfProcess.PROCESS_ID, isf,
                    fromJson(realVariables(IsfProcess.PROCESS_ID, STARTED, isf)));
            return new Opened(isf, key, null);
        }

        @Override
        public void choose(Opened isf) {
            completeTask(isf.reference(), IsfProcess.RECORD_CHOICE);
        }

        @Override
        public void accept(Opened isf) {
            completeTask(isf.reference(), IsfProcess.PROVIDER_ACCEPTANCE);
        }

        @Override
        public String awaitAgreement(Opened isf) {
            awaitJobDone(NOOP + REQUEST_SIGNATURES, isf);
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
            awaitJobDone(NOOP + ACTIVATE, isf);
        }

        @Override
        public void recordStatement(Opened isf) {
            // A statement is the product's own record: the engine takes no part in it.
        }

        @Override
        public void end(Opened isf) {
            processes.correlate(IsfProcess.ENDING, isf.reference(), Map.of("endedHow", ENDING.how().name(),
                    "movingTo", ENDING.movingTo(), "endingReason", ENDING.reason()));
        }

        @Override
        public void awaitClosed(Opened isf) {
            awaitJobDone(NOOP + CLOSE, isf);
        }

        private void completeTask(String reference, String elementId) {
            long task = awaitTaskKey(reference, elementId);
            inbox.complete(task, fromJson(realVariables(IsfProcess.PROCESS_ID, elementId, reference)), "bench");
        }
    }

    /**
     * Each journey leaves its messages (signed, ended, out of monitoring) buffered in the engine for the client's
     * default time to live, an hour. The embedded engine copies its whole state each time it looks keys up by prefix,
     * so as they pile up every later step costs more: without this the last warm-up passes ran at twice the CPU a
     * journey of the rounds after them. Moving the engine's clock past that time to live drops them, so each warm-up
     * pass, and the rounds, start from the same engine. Fails unless every message published so far has expired;
     * returns how many have.
     */
    private long expireMessages(long fromPosition) throws Exception {
        zeebe.increaseTime(client.getConfiguration().getDefaultMessageTimeToLive().plusMinutes(1));
        Supplier<Map<MessageIntent, Long>> messages = () -> records(RecordStream.of(zeebe.getRecordStreamSource())
                .messageRecords()).filter(r -> r.getPosition() >= fromPosition)
                .collect(Collectors.groupingBy(r -> (MessageIntent) r.getIntent(), Collectors.counting()));
        long expired = await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(messages::get, counts -> counts.getOrDefault(MessageIntent.EXPIRED, 0L)
                        .equals(counts.get(MessageIntent.PUBLISHED)))
                .get(MessageIntent.EXPIRED);
        zeebe.waitForIdleState(PATIENCE);
        return expired;
    }

    /** Waits until a job of the type about this ISF has been completed on the engine. */
    private void awaitJobDone(String jobType, Opened isf) {
        try {
            if (!jobsDone.await(jobType, isf.reference(), PATIENCE)) {
                throw new IllegalStateException("No " + jobType + " job about " + isf.reference() + " was completed"
                        + " within " + PATIENCE.toSeconds() + " s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + jobType + " about " + isf.reference());
        }
    }

    private static void require(boolean reached, Opened isf, String state) {
        if (!reached) {
            throw new IllegalStateException(isf.reference() + " is not " + state + " once its worker has completed "
                    + "the step that makes it so.");
        }
    }

    /**
     * The jobs the engine has confirmed completed, as type and ISF reference, seen in the Camunda client that every
     * worker of both runs uses: a journey waits for the worker of the step it waits for to have completed its job, the
     * same way in both runs. (Asking the product's records instead, as a person's page would, cost the real run a
     * dozen database reads a journey that the no-op run, with no records, could not be asked to make.)
     */
    @TestComponent
    static class JobsDone implements ClientInterceptor {

        /** The step a job is, by its key: type and ISF reference, from the variables it was handed out with. */
        private final Map<Long, String> handedOut = new ConcurrentHashMap<>();
        private final Set<String> done = new HashSet<>();

        /**
         * Whether a job of the type about the reference is completed within the patience. Told the moment the
         * engine confirms it, rather than found by polling: the journeys' waits measure the workers, not a poll's
         * interval.
         */
        synchronized boolean await(String jobType, String reference, Duration patience)
                throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            String step = jobType + "/" + reference;
            for (long left = patience.toNanos(); !done.contains(step); left = deadline - System.nanoTime()) {
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        private synchronized void done(String step) {
            done.add(step);
            notifyAll();
        }

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
                Channel next) {
            ClientCall<Q, R> call = next.newCall(method, options);
            if (HandedOutJobs.handsOut(method)) {
                return HandedOutJobs.watched(call, JobsDone.this::handedOut);
            }
            if (!method.getFullMethodName().endsWith("/CompleteJob")) {
                return call;
            }
            return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
                private long jobKey;

                @Override
                public void sendMessage(Q message) {
                    jobKey = ((CompleteJobRequest) message).getJobKey();
                    super.sendMessage(message);
                }

                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    super.start(new SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onClose(Status status, Metadata trailers) {
                            String step = status.isOk() ? handedOut.remove(jobKey) : null;
                            if (step != null) {
                                done(step);
                            }
                            super.onClose(status, trailers);
                        }
                    }, headers);
                }
            };
        }

        private void handedOut(ActivatedJob job) {
            Matcher reference = REFERENCE.matcher(job.getVariables());
            if (reference.find()) {
                handedOut.put(job.getKey(), job.getType() + "/" + reference.group());
            }
        }
    }

    /**
     * A plain loop, not Awaitility: Awaitility describes every look that finds nothing with Hamcrest, and the JIT
     * compiled that description's 64 kB method again and again during both runs' rounds (400-770 ms of compiling each
     * time, on the two cores the journeys share).
     */
    private long awaitTaskKey(String businessKey, String elementId) {
        TaskQuery query = TaskQuery.open().forBusinessKey(businessKey).atElement(elementId);
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        try {
            for (List<TaskView> tasks = inbox.find(query); ; tasks = inbox.find(query)) {
                if (!tasks.isEmpty()) {
                    return tasks.getFirst().taskKey();
                }
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("No task at " + elementId + " about " + businessKey
                            + " reached the inbox within " + PATIENCE.toSeconds() + " s.");
                }
                Thread.sleep(TASK_POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + elementId + " about " + businessKey);
        }
    }

    /** One pass over the engine's records per poll: cheaper than asking about each instance in turn. */
    private void awaitCompleted(Set<Long> keys) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Set<Long> completed = records(RecordStream.of(zeebe.getRecordStreamSource()).processInstanceRecords())
                    .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                            && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                    .map(r -> r.getValue().getProcessInstanceKey()).collect(Collectors.toSet());
            return completed.containsAll(keys);
        });
    }

    private static <T> Stream<T> records(Iterable<T> records) {
        return StreamSupport.stream(records.spliterator(), false);
    }

    private long lastPosition() {
        return records(RecordStream.of(zeebe.getRecordStreamSource()).records()).mapToLong(Record::getPosition)
                .max().orElse(0);
    }

    /**
     * The variables the real warm-up started the ISF process with, and completed each job and inbox task with, by
     * process and element.
     */
    private void learnRealCompletions(long fromPosition) {
        records(RecordStream.of(zeebe.getRecordStreamSource()).records())
                .filter(r -> r.getPosition() >= fromPosition && r.getIntent() == ProcessInstanceCreationIntent.CREATED)
                .map(r -> (ProcessInstanceCreationRecordValue) r.getValue())
                .forEach(created -> realCompletions.put(created.getBpmnProcessId() + "/" + STARTED,
                        asJson(created.getVariables())));
        records(RecordStream.of(zeebe.getRecordStreamSource()).jobRecords())
                .filter(r -> r.getPosition() >= fromPosition && r.getIntent() == JobIntent.COMPLETED
                        && !r.getValue().getBpmnProcessId().startsWith(NOOP))
                .forEach(r -> realCompletions.put(r.getValue().getBpmnProcessId() + "/" + r.getValue().getElementId(),
                        asJson(r.getValue().getVariables())));
    }

    /** The variables the real run completed the element with, about the given ISF instead of the real run's. */
    private String realVariables(String processId, String elementId, String reference) {
        String variables = realCompletions.get(processId + "/" + elementId);
        if (variables == null) {
            throw new IllegalStateException("The real run completed no " + elementId + " in " + processId + " to "
                    + "copy: the no-op run has taken another path than the real one.");
        }
        return REFERENCE.matcher(variables).replaceAll(reference);
    }

    /**
     * The elements each run completed, by process (without the no-op prefix) and element, counted from the engine's
     * records once every monitoring process has ended; the two runs took the same number of journeys, so the counts
     * must be equal. Fails naming the elements whose counts differ.
     */
    private void requireSamePath(long fromPosition) {
        Map<String, Map<String, Long>> paths = new HashMap<>();
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
                paths.clear();
                paths.putAll(records(RecordStream.of(zeebe.getRecordStreamSource()).processInstanceRecords())
                        .filter(r -> r.getPosition() >= fromPosition
                                && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                        .collect(Collectors.groupingBy(r -> r.getValue().getBpmnProcessId().startsWith(NOOP)
                                ? "no-op" : "real", Collectors.groupingBy(r -> r.getValue().getBpmnProcessId()
                                        .replace(NOOP, "") + "/" + r.getValue().getElementId().replace(NOOP, ""),
                                        TreeMap::new, Collectors.counting()))));
                return paths.get("real") != null && paths.get("real").equals(paths.get("no-op"));
            });
        } catch (ConditionTimeoutException differ) {
            throw new AssertionError("The two runs took different paths (elements completed, real then no-op): "
                    + paths.get("real") + " / " + paths.get("no-op"), differ);
        }
        System.out.printf("  same process path in both runs: %d elements completed in each%n%n",
                paths.get("real").values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * What the journeys left in the engine, by kind: processes, messages still held for their time to live, message
     * subscriptions, timers and jobs, each counted created minus ended since the warm-up began, for each run. The
     * embedded engine copies its whole state whenever it reads by key prefix, so what stays there makes every later
     * step dearer; this shows whether one run leaves more than the other.
     */
    private void census(long fromPosition) {
        var stream = RecordStream.of(zeebe.getRecordStreamSource());
        Map<String, Long> left = new TreeMap<>();
        tally(left, "process", records(stream.processInstanceRecords()).filter(r -> r.getPosition() >= fromPosition
                && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS), value -> value.getBpmnProcessId(),
                Set.of("ELEMENT_ACTIVATED"), Set.of("ELEMENT_COMPLETED", "ELEMENT_TERMINATED"));
        // An expired message's record carries its key but not its name or correlation key.
        Map<Long, String> published = new HashMap<>();
        records(stream.messageRecords()).filter(r -> r.getPosition() >= fromPosition).forEach(r -> {
            if (r.getIntent() == MessageIntent.PUBLISHED) {
                String run = r.getValue().getCorrelationKey().startsWith(NOOP_REFERENCE) ? NOOP : "";
                published.put(r.getKey(), "message " + run + r.getValue().getName());
                left.merge(published.get(r.getKey()), 1L, Long::sum);
            } else if (r.getIntent() == MessageIntent.EXPIRED && published.containsKey(r.getKey())) {
                left.merge(published.get(r.getKey()), -1L, Long::sum);
            }
        });
        // The engine removes an interrupting subscription when it is correlated, and any other when it is deleted.
        tally(left, "message subscription", records(stream.messageSubscriptionRecords())
                .filter(r -> r.getPosition() >= fromPosition)
                .filter(r -> r.getIntent() != MessageSubscriptionIntent.CORRELATED || r.getValue().isInterrupting()),
                value -> value.getBpmnProcessId(), Set.of("CREATED"), Set.of("CORRELATED", "DELETED"));
        tally(left, "timer", records(stream.timerRecords()).filter(r -> r.getPosition() >= fromPosition),
                value -> value.getTargetElementId(), Set.of("CREATED"), Set.of("TRIGGERED", "CANCELED"));
        tally(left, "job", records(stream.jobRecords()).filter(r -> r.getPosition() >= fromPosition),
                value -> value.getType(), Set.of("CREATED"), Set.of("COMPLETED", "CANCELED", "ERROR_THROWN"));
        System.out.println("  left in the engine by the warm-up and the rounds (created minus ended):");
        left.entrySet().removeIf(entry -> entry.getValue() == 0);
        if (left.isEmpty()) {
            System.out.println("    nothing");
        }
        left.forEach((what, howMany) -> System.out.printf("    %s: %d%n", what, howMany));
    }

    /** Counts each record of a kind up when its intent creates something, down when it ends it, under its name. */
    private static <V extends RecordValue> void tally(Map<String, Long> left, String kind, Stream<Record<V>> records,
            Function<V, String> name, Set<String> creating, Set<String> ending) {
        records.forEach(r -> {
            String intent = r.getIntent().name();
            long change = creating.contains(intent) ? 1 : ending.contains(intent) ? -1 : 0;
            if (change != 0) {
                left.merge(kind + " " + name.apply(r.getValue()), change, Long::sum);
            }
        });
    }

    private String asJson(Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> fromJson(String variables) {
        try {
            return json.readValue(variables, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
     * Deploys the ISF process and the processes it starts or calls again under "noop-" ids and job types, and opens a
     * worker for each of those types that completes its job at once with what the real run completed it with. Where
     * the product's work tells the engine something besides (a contract entering and leaving monitoring, from the
     * contract register's events), the no-op worker tells it the same. The no-op workers take their jobs as the
     * product's do, streamed by the engine, with the same fallback poll: polling every 100 ms (the client's default)
     * sent each of some twenty job types to the engine ten times a second in both runs' rounds, and the embedded engine
     * copies its whole state for each: a cost by the second, which the longer real rounds paid more of a journey, and
     * more as the rounds' messages piled up.
     */
    private List<JobWorker> deployNoOpVariant() throws IOException {
        Set<String> jobTypes = new LinkedHashSet<>();
        var deployment = client.newDeployResourceCommand().addResourceStringUtf8(noOp(MODELS.getFirst(), jobTypes),
                NOOP + "isf.bpmn");
        for (String model : MODELS.subList(1, MODELS.size())) {
            deployment = deployment.addResourceStringUtf8(noOp(model, jobTypes), NOOP + model.replace('/', '-'));
        }
        deployment.send().join();
        List<JobWorker> workers = new ArrayList<>();
        for (String type : jobTypes) {
            workers.add(client.newWorker().jobType(type).handler((jobClient, job) -> {
                Matcher journey = REFERENCE.matcher(job.getVariables());
                String reference = journey.find() ? journey.group() : "";
                String contract = reference + "-A1";
                switch (type.substring(NOOP.length())) {
                    case ACTIVATE -> processes.start(NOOP + MonitoringProcess.PROCESS_ID, contract,
                            Map.of("contractReference", contract));
                    case CLOSE -> processes.correlate(MonitoringProcess.CONTRACT_ENDED, contract,
                            Map.of("contractReference", contract));
                    default -> {
                    }
                }
                jobClient.newCompleteCommand(job).variables(realVariables(job.getBpmnProcessId().substring(
                        NOOP.length()), job.getElementId(), reference)).send().join();
            }).maxJobsActive(32).streamEnabled(true).pollInterval(fallbackPoll).open());
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

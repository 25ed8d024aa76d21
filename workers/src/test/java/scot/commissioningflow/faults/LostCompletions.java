package scot.commissioningflow.faults;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.jobhandling.JobWorkerManager;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import scot.commissioningflow.journey.HandedOutJobs;

/**
 * A fault between the application's workers and the engine: a worker's completion of a job is lost on its way, after
 * the worker did its work and committed it, as when the application dies (or its network fails) at that moment. The
 * worker believes the job done; the engine still holds it as activated and hands it to a worker again once its
 * timeout has run out, with the same key and variables. Off unless a fault test arms it.
 *
 * <p>The engine pushes new and failed jobs to the workers' job streams, but a timed-out one only to a poll (Zeebe 8.8),
 * so a lost job would wait for the workers' fallback poll (10 s in tests). As a restarted application or a replica
 * would ask for it, a second worker of the same type, polling every {@link #STAND_IN_POLL}, stands in while a lost
 * job of its type is out, and is closed when none is: the job still comes back only when the engine has timed it out.
 *
 * <p>Sits in the Camunda client as a gRPC interceptor: it sees every job the engine hands out (to count deliveries)
 * and every completion the workers send. Human tasks are never touched: the inbox completes them, not a worker.
 */
@TestComponent
public class LostCompletions implements ClientInterceptor {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";

    /** How a lost completion comes back. */
    enum Redelivery {
        /** At once: the job's timeout is cut to nothing, as if it had run out. */
        AT_ONCE,
        /** Only when the job's own timeout has passed on the engine's clock, as after a crash. */
        AFTER_TIMEOUT
    }

    /** How often a stand-in worker asks the engine for the lost jobs of its type. */
    private static final Duration STAND_IN_POLL = Duration.ofMillis(200);

    private final ObjectProvider<CamundaClient> client;
    private final ObjectProvider<JobWorkerManager> workers;
    private final Map<String, JobWorker> standIns = new ConcurrentHashMap<>();
    private final Map<Long, String> typeOfJob = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Set<Long> lost = ConcurrentHashMap.newKeySet();
    private final Set<Long> completedAfterLoss = ConcurrentHashMap.newKeySet();
    private volatile Set<String> armedFor = Set.of();
    private volatile boolean allTypes;
    private volatile Redelivery redelivery = Redelivery.AT_ONCE;

    LostCompletions(ObjectProvider<CamundaClient> client, ObjectProvider<JobWorkerManager> workers) {
        this.client = client;
        this.workers = workers;
        if (Boolean.getBoolean(EVERY_JOURNEY)) {
            loseFirstCompletionOfEveryJob(Redelivery.AT_ONCE);
        }
    }

    /**
     * With this system property true, every job of every journey test in the JVM has its first completion lost and
     * is handed out again, so that each journey's own assertions check that nothing is done twice (see README, "When
     * something goes wrong").
     */
    static final String EVERY_JOURNEY = "faults.redeliver-every-job";

    /** In that mode, says once the context is up which worker types exist, and at the end which were driven twice. */
    @EventListener(ContextRefreshedEvent.class)
    void reportAtTheEnd(ContextRefreshedEvent refreshed) {
        if (!Boolean.getBoolean(EVERY_JOURNEY)) {
            return;
        }
        Set<String> every = jobWorkerTypes(refreshed.getApplicationContext());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Set<String> driven = typesDeliveredTwice();
            Set<String> notReached = new TreeSet<>(every);
            notReached.removeAll(driven);
            FaultTable.add(new FaultTable.Row("every journey, jobs twice", "lost the first completion of "
                    + lostCompletions() + " of " + jobsDelivered() + " jobs of every journey test run; each handed"
                    + " out again; " + driven.size() + " of " + every.size() + " worker types driven twice",
                    "each journey test's own assertions (see its result); not reached: " + notReached,
                    stillUncompleted().size(), 0));
            FaultTable.print();
        }));
    }

    /** Every job type a {@code @JobWorker} method of the application takes, found by reflection on its beans. */
    static Set<String> jobWorkerTypes(ApplicationContext context) {
        Set<String> types = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("scot.commissioningflow")) {
                continue;
            }
            for (var method : AopUtils.getTargetClass(context.getBean(name)).getMethods()) {
                var worker = method.getAnnotation(io.camunda.client.annotation.JobWorker.class);
                if (worker != null && !USER_TASK.equals(worker.type())) {
                    types.add(worker.type());
                }
            }
        }
        return types;
    }

    /** Loses the first completion of every job of every worker (human tasks aside) until {@link #disarm()}. */
    void loseFirstCompletionOfEveryJob(Redelivery how) {
        reset();
        redelivery = how;
        allTypes = true;
    }

    /** Loses the first completion of every job of these types until {@link #disarm()}. */
    void loseFirstCompletionOf(Set<String> jobTypes, Redelivery how) {
        reset();
        redelivery = how;
        armedFor = Set.copyOf(jobTypes);
    }

    /** Stops losing completions, and closes any stand-in left (a lost job still out then waits for the fallback). */
    synchronized void disarm() {
        allTypes = false;
        armedFor = Set.of();
        standIns.values().forEach(workers.getObject()::closeWorker);
        standIns.clear();
    }

    /** Opens a stand-in worker for the type, unless one is open; it takes the job from the engine once timed out. */
    private synchronized void standInFor(String type) {
        standIns.computeIfAbsent(type, forType -> {
            JobWorkerManager manager = workers.getObject();
            JobWorkerValue own = manager.findJobWorkerConfigByType(forType).orElseThrow();
            JobWorkerValue standIn = new JobWorkerValue(own.getType(), own.getName() + "-stand-in", own.getTimeout(),
                    own.getMaxJobsActive(), own.getRequestTimeout(), STAND_IN_POLL, own.getAutoComplete(),
                    own.getFetchVariables(), true, own.getMethodInfo(), own.getTenantIds(),
                    own.getForceFetchAllVariables(), false, own.getStreamTimeout(), own.getMaxRetries());
            return manager.openWorker(client.getObject(), standIn);
        });
    }

    /** Closes the type's stand-in once no lost job of the type is out. */
    private synchronized void retireStandInOnceDone(String type) {
        boolean outstanding = stillUncompleted().stream().anyMatch(key -> type.equals(typeOfJob.get(key)));
        JobWorker standIn = outstanding ? null : standIns.remove(type);
        if (standIn != null) {
            // Not on the worker's own thread, which is still sending this completion; under this object's lock, as
            // the manager's list of open workers is not safe for two threads at once.
            CompletableFuture.runAsync(() -> {
                synchronized (this) {
                    workers.getObject().closeWorker(standIn);
                }
            });
        }
    }

    /** Job types of which at least one job lost its completion and was then completed on a second delivery. */
    Set<String> typesDeliveredTwice() {
        Set<String> types = new java.util.TreeSet<>();
        completedAfterLoss.forEach(key -> types.add(typeOfJob.get(key)));
        return types;
    }

    int lostCompletions() {
        return lost.size();
    }

    /** Jobs handed to the workers since armed, human tasks aside. */
    long jobsDelivered() {
        return deliveries.keySet().stream().filter(key -> !USER_TASK.equals(typeOfJob.get(key))).count();
    }

    /** Jobs whose completion was lost and that no second delivery has completed (yet). */
    Set<Long> stillUncompleted() {
        Set<Long> open = new java.util.HashSet<>(lost);
        open.removeAll(completedAfterLoss);
        return open;
    }

    private void reset() {
        lost.clear();
        completedAfterLoss.clear();
        deliveries.clear();
    }

    private boolean armed(String type) {
        return type != null && !USER_TASK.equals(type) && (allTypes || armedFor.contains(type));
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        if (HandedOutJobs.handsOut(method)) {
            return HandedOutJobs.watched(next.newCall(method, options), this::delivered);
        }
        if (method.getFullMethodName().endsWith("/CompleteJob")) {
            return new MaybeLost<>(method, options, next);
        }
        return next.newCall(method, options);
    }

    private void delivered(ActivatedJob job) {
        typeOfJob.put(job.getKey(), job.getType());
        deliveries.computeIfAbsent(job.getKey(), key -> new AtomicInteger()).incrementAndGet();
    }

    /** Decides on seeing the request whether this completion reaches the engine or is lost on the way. */
    private final class MaybeLost<Q, R> extends ClientCall<Q, R> {

        private final MethodDescriptor<Q, R> method;
        private final CallOptions options;
        private final Channel next;
        private Listener<R> listener;
        private Metadata headers;
        private int requested;
        private ClientCall<Q, R> real;
        private boolean losing;
        private long jobKey;

        MaybeLost(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            this.method = method;
            this.options = options;
            this.next = next;
        }

        @Override
        public void start(Listener<R> responseListener, Metadata requestHeaders) {
            listener = responseListener;
            headers = requestHeaders;
        }

        @Override
        public void request(int numMessages) {
            if (real != null) {
                real.request(numMessages);
            } else {
                requested += numMessages;
            }
        }

        @Override
        public void sendMessage(Q message) {
            jobKey = ((CompleteJobRequest) message).getJobKey();
            if (armed(typeOfJob.get(jobKey)) && lost.add(jobKey)) {
                losing = true;
                return;
            }
            real = next.newCall(method, options);
            real.start(listener, headers);
            if (requested > 0) {
                real.request(requested);
            }
            real.sendMessage(message);
            if (lost.contains(jobKey)) {
                completedAfterLoss.add(jobKey);
                retireStandInOnceDone(typeOfJob.get(jobKey));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void halfClose() {
            if (!losing) {
                real.halfClose();
                return;
            }
            // The worker hears that its completion went through; the engine never hears of it.
            CompletableFuture.runAsync(() -> {
                listener.onHeaders(new Metadata());
                listener.onMessage((R) CompleteJobResponse.getDefaultInstance());
                listener.onClose(Status.OK, new Metadata());
                if (redelivery == Redelivery.AT_ONCE) {
                    // The engine times the job out and hands it out again, as when a worker's timeout runs out.
                    client.getObject().newUpdateTimeoutCommand(jobKey).timeout(Duration.ofMillis(1)).send();
                }
                standInFor(typeOfJob.get(jobKey));
            });
        }

        @Override
        public void cancel(String message, Throwable cause) {
            if (real != null) {
                real.cancel(message, cause);
            }
        }

        @Override
        public boolean isReady() {
            return real == null || real.isReady();
        }
    }

}

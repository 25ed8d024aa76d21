package scot.commissioningflow.journey;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.grpc.ClientCall;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.function.Consumer;

/**
 * The jobs the engine hands the Camunda client, as a test's gRPC interceptor sees them: pushed to a job stream one
 * at a time, or returned by a poll in a batch. Each is shown to the watcher before the worker gets it.
 */
public final class HandedOutJobs {

    private HandedOutJobs() {
    }

    /** Whether the call hands out jobs: a job stream or a poll. */
    public static boolean handsOut(MethodDescriptor<?, ?> method) {
        String name = method.getFullMethodName();
        return name.endsWith("/StreamActivatedJobs") || name.endsWith("/ActivateJobs");
    }

    /** The call, showing the watcher every job it hands out. */
    public static <Q, R> ClientCall<Q, R> watched(ClientCall<Q, R> call, Consumer<ActivatedJob> watcher) {
        return new SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onMessage(R message) {
                        if (message instanceof ActivatedJob job) {
                            watcher.accept(job);
                        } else if (message instanceof ActivateJobsResponse batch) {
                            batch.getJobsList().forEach(watcher);
                        }
                        super.onMessage(message);
                    }
                }, headers);
            }
        };
    }
}

package scot.commissioningflow.platform.process;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.CommandWrapper;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Expected business outcomes leave a worker as BPMN errors the process models. Anything else is unexpected: the job
 * is failed with one retry fewer and an exponential backoff, so a database or service that is briefly down is ridden
 * out, and when the retries are spent the engine raises an incident carrying the reason. A worker that knows better
 * (a template no retry can mend) throws a {@link JobError} with its own retries and sentence.
 * <p>
 * The job is failed here rather than by the SDK's default strategy, which writes the whole stack trace as the
 * incident's reason: the reason is what an officer reads in the product, so it is the sentence; the stack trace stays
 * in the log.
 */
@Component
class RetryWithBackoff implements JobExceptionHandlingStrategy {

    private static final Logger log = LoggerFactory.getLogger(RetryWithBackoff.class);

    private final JobExceptionHandlingStrategy delegate;
    private final CommandExceptionHandlingStrategy commands;
    private final MetricsRecorder metrics;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    RetryWithBackoff(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics,
            @Value("${commissioning.jobs.first-retry-backoff:PT5S}") Duration firstBackoff,
            @Value("${commissioning.jobs.max-retry-backoff:PT5M}") Duration maxBackoff) {
        this.delegate = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.commands = commands;
        this.metrics = metrics;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        if (exception instanceof BpmnError) {
            delegate.handleException(exception, context);
            return;
        }
        ActivatedJob job = context.job();
        int retriesLeft = Math.max(job.getRetries() - 1, 0);
        Duration backoff = backoffFor(job.getRetries());
        if (exception instanceof JobError known) {
            fail(context, known.getErrorMessage(), known.getRetries() == null ? retriesLeft : known.getRetries(),
                    known.getRetryBackoff() == null ? backoff : known.getRetryBackoff());
            return;
        }
        try (var ignored = ProcessLog.forJob(job)) {
            log.warn("Job {} failed; {} retries left, next attempt in {}: {}", job.getType(), retriesLeft, backoff,
                    exception.toString(), exception);
        }
        fail(context, describe(exception), retriesLeft, backoff);
    }

    private void fail(ExceptionHandlingContext context, String reason, int retries, Duration backoff) {
        ActivatedJob job = context.job();
        var command = context.jobClient().newFailCommand(job.getKey()).retries(retries).retryBackoff(backoff)
                .errorMessage(reason);
        new CommandWrapper(command, job, commands, metrics, context.jobWorkerValue().getMaxRetries())
                .executeAsyncWithMetrics("camunda.job.invocations", "failed", job.getType());
    }

    Duration backoffFor(int retriesBeforeFailure) {
        // Fewer retries left means more attempts made: double the wait for each.
        int attemptsMade = Math.max(0, 3 - retriesBeforeFailure);
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attemptsMade, 16));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }
}

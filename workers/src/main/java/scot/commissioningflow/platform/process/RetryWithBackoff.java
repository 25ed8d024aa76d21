package scot.commissioningflow.platform.process;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
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
 * out, and when the retries are spent the engine raises an incident carrying the reason.
 */
@Component
class RetryWithBackoff implements JobExceptionHandlingStrategy {

    private static final Logger log = LoggerFactory.getLogger(RetryWithBackoff.class);

    private final JobExceptionHandlingStrategy delegate;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    RetryWithBackoff(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics,
            @Value("${commissioning.jobs.first-retry-backoff:PT5S}") Duration firstBackoff,
            @Value("${commissioning.jobs.max-retry-backoff:PT5M}") Duration maxBackoff) {
        this.delegate = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        if (exception instanceof BpmnError || exception instanceof JobError) {
            delegate.handleException(exception, context);
            return;
        }
        int retriesLeft = Math.max(context.job().getRetries() - 1, 0);
        Duration backoff = backoffFor(context.job().getRetries());
        try (var ignored = ProcessLog.forJob(context.job())) {
            log.warn("Job {} failed; {} retries left, next attempt in {}: {}", context.job().getType(), retriesLeft,
                    backoff, exception.toString(), exception);
        }
        delegate.handleException(
                CamundaError.jobError(describe(exception), null, retriesLeft, backoff, exception), context);
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

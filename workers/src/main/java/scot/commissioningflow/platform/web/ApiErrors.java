package scot.commissioningflow.platform.web;

import io.camunda.client.api.command.ClientStatusException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every refusal into an RFC 9457 problem whose detail reads as a sentence and whose {@code errors} list names
 * each field to correct, so a commissioner or provider sees what to fix rather than a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getField() + " " + error.getDefaultMessage()))
                .toList();
        return invalid(problems);
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body could not be read as JSON of the expected shape: "
                        + rootMessage(e));
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible now");
        return problem;
    }

    /** The engine down, restarting, overloaded, or refusing: see {@link EngineRefusals}. */
    @ExceptionHandler(ClientStatusException.class)
    ProblemDetail engineRefused(ClientStatusException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(EngineRefusals.status(e), EngineRefusals.detail(e));
        problem.setTitle("Not done");
        return problem;
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summarise(problems));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return problem;
    }

    static String summarise(List<FieldProblem> problems) {
        if (problems.size() == 1) {
            return "The request has a problem: " + problems.getFirst().message() + ".";
        }
        return "The request has " + problems.size() + " problems: "
                + String.join("; ", problems.stream().map(FieldProblem::message).toList()) + ".";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : String.valueOf(message);
    }
}

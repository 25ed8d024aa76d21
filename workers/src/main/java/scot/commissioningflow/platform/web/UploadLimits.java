package scot.commissioningflow.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the server takes at all (spring.servlet.multipart) is refused when its controller first reads
 * it, with nothing read from it; the sender is told so in words, as a bad request, rather than meeting a server error.
 * A page that takes uploads catches this itself and says it on its form.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String limit = e.getMaxUploadSize() > 0 ? " of " + DataSize.ofBytes(e.getMaxUploadSize()).toMegabytes()
                + " MB" : "";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload is larger than"
                + " the limit" + limit + " this server accepts for any file, so nothing was read from it.");
        problem.setTitle("Upload too large");
        return problem;
    }
}

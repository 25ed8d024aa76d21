package scot.commissioningflow.platform.web;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
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

    private final ObjectProvider<MultipartProperties> multipart;

    UploadLimits(ObjectProvider<MultipartProperties> multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String limit = limit(e).map(size -> " of " + size.toMegabytes() + " MB").orElse("");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload is larger than"
                + " the limit" + limit + " this server accepts for any file, so nothing was read from it.");
        problem.setTitle("Upload too large");
        return problem;
    }

    /**
     * The limit the upload went over. Tomcat enforces the limits itself and does not say which (the exception's size
     * is -1), so then it is the smaller of the file and request limits configured, the most any file can be.
     */
    private Optional<DataSize> limit(MaxUploadSizeExceededException e) {
        if (e.getMaxUploadSize() > 0) {
            return Optional.of(DataSize.ofBytes(e.getMaxUploadSize()));
        }
        return Optional.ofNullable(multipart.getIfAvailable()).flatMap(limits -> Stream.of(limits.getMaxFileSize(),
                limits.getMaxRequestSize()).filter(size -> size != null && size.toBytes() > 0)
                .min(Comparator.comparingLong(DataSize::toBytes)));
    }
}

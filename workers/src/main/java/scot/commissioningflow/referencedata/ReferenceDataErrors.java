package scot.commissioningflow.referencedata;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A change the editor may not make, answered like every other refusal: a problem whose detail is a sentence. */
@RestControllerAdvice
class ReferenceDataErrors {

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed(NotAllowed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }
}

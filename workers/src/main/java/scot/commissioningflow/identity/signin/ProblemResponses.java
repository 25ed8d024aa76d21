package scot.commissioningflow.identity.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import scot.commissioningflow.identity.AccessWasRefused;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Answers an API request that is not signed in (401) or not allowed (403) with a problem whose detail is a sentence,
 * and reports each refusal so the audit trail keeps it. It never asks a browser for Basic credentials, so a browser
 * never remembers and replays them (which is what lets API clients send credentials without a CSRF token).
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemResponses(ObjectMapper json, People people, ApplicationEventPublisher events, Clock clock) {
        this.json = json;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail = request.getHeader("Authorization") == null
                ? "Sign in to use this: send a bearer token or account credentials, or sign in at /login."
                : "Your sign-in was not accepted: the credentials are wrong, the account is locked after repeated "
                        + "failures, or the token has expired.";
        write(response, HttpStatus.UNAUTHORIZED, "Not signed in", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            if (people.from(SecurityContextHolder.getContext().getAuthentication()) == null) {
                // Nobody is signed in: that, not the missing form token, is what the caller must fix.
                commence(request, response, null);
            } else {
                write(response, HttpStatus.FORBIDDEN, "Form expired", "This form has expired or did not come from "
                        + "Commissioning Flow: reload the page and try again.");
            }
            return;
        }
        String detail = e instanceof Refused ? e.getMessage()
                : "Your role does not allow this. Ask your administrator if you think it should.";
        refused(request, detail);
        write(response, HttpStatus.FORBIDDEN, "Not allowed", detail);
    }

    /** Reports a refusal for the audit trail. */
    void refused(HttpServletRequest request, String detail) {
        SignedInPerson person = people.from(SecurityContextHolder.getContext().getAuthentication());
        events.publishEvent(new AccessWasRefused(person == null ? null : person.username(), request.getMethod(),
                request.getRequestURI(), detail, clock.instant()));
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

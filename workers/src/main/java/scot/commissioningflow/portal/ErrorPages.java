package scot.commissioningflow.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * The error page a browser gets, in words: what happened and what to do. API calls keep their problem responses; this
 * answers only requests for a page. A refusal's own sentence (whose record it is) is shown; an unexpected failure's
 * message never is.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String detail = status == HttpStatus.FORBIDDEN
                && request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String sentence
                && !sentence.isBlank() ? sentence : null;
        ModelAndView page = page(status, detail, null, List.of());
        page.addObject("signedIn", request.getUserPrincipal() != null);
        return page;
    }

    /** The error page for this status, with the sentence saying what happened when there is one. */
    static ModelAndView page(HttpStatus status, String detail, SignedInPerson person, List<StartingPoint> navigation) {
        ModelAndView page = new ModelAndView("portal/error", status);
        page.addObject("heading", heading(status));
        page.addObject("detail", detail);
        page.addObject("advice", advice(status));
        page.addObject("person", person);
        page.addObject("navigation", navigation);
        return page;
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "You cannot see or do this";
            case CONFLICT -> "This cannot be done now";
            case BAD_REQUEST -> "There is a problem with what was sent";
            default -> status.is5xxServerError() ? "Sorry, there is a problem with the service"
                    : "Sorry, something went wrong";
        };
    }

    private static String advice(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "If you typed the web address, check it is correct. If you followed a link, what it "
                    + "pointed to may have been closed or removed.";
            case FORBIDDEN -> "If you think you should be able to, ask your administrator to check your role and "
                    + "organisation.";
            case CONFLICT -> "Nothing was changed. Go back to see where things stand now.";
            case BAD_REQUEST -> "Go back and check what you entered, then try again.";
            default -> "Try again in a few minutes. If it keeps happening, tell your administrator what you were "
                    + "doing and when.";
        };
    }
}

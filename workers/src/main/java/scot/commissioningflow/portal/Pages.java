package scot.commissioningflow.portal;

import io.camunda.client.api.command.ClientStatusException;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.EngineRefusals;
import scot.commissioningflow.platform.web.NotFound;

/**
 * What every page controller shares: the signed-in person and their navigation for the layout, and the error page in
 * words for a record that does not exist or cannot be acted on now. A controller's own exception handlers come before
 * the API's problem responses, which is why this is a base class rather than advice. A record that is not the
 * person's ({@link scot.commissioningflow.identity.Refused}) reaches the security filter, which audits it and shows
 * the error page.
 */
public abstract class Pages {

    private ListableBeanFactory beans;

    @Autowired
    void setBeans(ListableBeanFactory beans) {
        // Read per request rather than injected as a list: a page controller is often one of the features itself.
        this.beans = beans;
    }

    @ModelAttribute("person")
    SignedInPerson person(SignedInPerson person) {
        return person;
    }

    @ModelAttribute("navigation")
    List<StartingPoint> navigation(SignedInPerson person) {
        return everyStartingPointFor(person);
    }

    /**
     * Where this person starts, across every feature, in order. Named apart from
     * {@link StartingPoints#startingPointsFor}, which a page controller often also implements for its own feature.
     */
    protected List<StartingPoint> everyStartingPointFor(SignedInPerson person) {
        return beans.getBeansOfType(StartingPoints.class).values().stream().flatMap(feature -> feature.startingPointsFor(person).stream())
                .sorted(Comparator.comparingInt(StartingPoint::order)).toList();
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, SignedInPerson person) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, e.getMessage(), person, everyStartingPointFor(person));
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView notPossibleNow(Conflict e, SignedInPerson person) {
        return ErrorPages.page(HttpStatus.CONFLICT, e.getMessage(), person, everyStartingPointFor(person));
    }

    /** As the API says it (platform.web.EngineRefusals): a page in words, not the server's bare error. */
    @ExceptionHandler(ClientStatusException.class)
    ModelAndView engineRefused(ClientStatusException e, SignedInPerson person) {
        return ErrorPages.page(EngineRefusals.status(e), EngineRefusals.detail(e), person,
                everyStartingPointFor(person));
    }
}

package scot.commissioningflow.operations.clock;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.operations.clock.TrialClock.Move;
import scot.commissioningflow.platform.engine.EngineClock;
import scot.commissioningflow.platform.web.FieldProblem;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.portal.Pages;
import scot.commissioningflow.portal.StartingPoint;
import scot.commissioningflow.portal.StartingPoints;

/**
 * The trial's time in the browser, for administrators on the embedded engine only: against a cluster the page is not
 * offered and answers that there is nothing to move.
 */
@Controller
class TrialClockPages extends Pages implements StartingPoints {

    private final TrialClock clock;

    TrialClockPages(TrialClock clock) {
        this.clock = clock;
    }

    @Override
    public List<StartingPoint> startingPointsFor(SignedInPerson person) {
        return person.has(Role.ADMINISTRATOR) && clock.now().movable() ? List.of(new StartingPoint(90,
                "Trial time", "/trial/clock", "Move a trial's time forward so deadlines pass and every journey can be"
                + " walked to its end.")) : List.of();
    }

    @GetMapping("/trial/clock")
    String page(Model model) {
        return page(model, List.of(), null);
    }

    @PostMapping("/trial/clock")
    String move(@RequestParam(required = false) String days, SignedInPerson person, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            clock.moveForward(new Move(wholeDays(days)), person);
            redirect.addFlashAttribute("movedDays", days.strip());
            return "redirect:/trial/clock";
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, refused.problems(), days);
        }
    }

    private String page(Model model, List<FieldProblem> problems, String days) {
        if (!clock.now().movable()) {
            throw new NotFound(EngineClock.NOT_MOVABLE);
        }
        model.addAttribute("time", clock.now());
        model.addAttribute("problems", problems);
        model.addAttribute("days", days);
        model.addAttribute("maxDays", TrialClock.MAX_DAYS);
        model.addAttribute("currentPath", "/trial/clock");
        return "operations/trial-clock";
    }

    private static Integer wholeDays(String days) {
        try {
            return days == null ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

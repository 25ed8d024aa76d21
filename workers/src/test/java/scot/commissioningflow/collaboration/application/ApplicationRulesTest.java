package scot.commissioningflow.collaboration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Partner;
import scot.commissioningflow.collaboration.application.ApplicationRequest.RegisterKind;
import scot.commissioningflow.platform.web.FieldProblem;

/** What makes a joint application whole, with no database. */
class ApplicationRulesTest {

    private static final Partner CAIRNGORM = new Partner("PRV-CAIRN", "Cairngorm Care", "c@c.example",
            RegisterKind.CHARITY, "SC1", "Workshops");

    @Test
    void aWholeApplicationHasNoProblems() {
        assertThat(ApplicationRules.problems(request(List.of(CAIRNGORM), List.of(line("PRV-LEAD", 60),
                line("PRV-CAIRN", 40)), List.of(milestone(30, 50), milestone(60, 50))), "PRV-LEAD")).isEmpty();
    }

    @Test
    void budgetLinesOutsideThePartnershipMilestonesThatDoNotAddUpAndARepeatedPartnerAreEachNamed() {
        List<FieldProblem> problems = ApplicationRules.problems(request(List.of(CAIRNGORM, CAIRNGORM),
                List.of(line("PRV-STRANGER", 60)), List.of(milestone(60, 50), milestone(30, 50))), "PRV-LEAD");
        assertThat(problems).extracting(FieldProblem::message).containsExactly(
                "partners names PRV-CAIRN more than once, or names the lead provider as a partner",
                "budget line 'Rota' is for PRV-STRANGER, which is not in the partnership",
                "milestones pay 100 in all but the budget comes to 60; they must be the same",
                "milestone 2 must be reported on after milestone 1");
    }

    private static ApplicationRequest request(List<Partner> partners, List<BudgetLine> budget,
            List<Milestone> milestones) {
        return new ApplicationRequest("Shared back office", null, partners, "People who use support", List.of(),
                List.of("Outcome"), budget, milestones, null);
    }

    private static BudgetLine line(String partner, int amount) {
        return new BudgetLine("Rota", partner, BigDecimal.valueOf(amount));
    }

    private static Milestone milestone(int daysAhead, int payment) {
        return new Milestone("Stage", LocalDate.now().plusDays(daysAhead), BigDecimal.valueOf(payment));
    }
}

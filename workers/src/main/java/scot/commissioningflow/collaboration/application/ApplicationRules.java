package scot.commissioningflow.collaboration.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import scot.commissioningflow.collaboration.application.ApplicationRequest.BudgetLine;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Milestone;
import scot.commissioningflow.platform.web.AmountLimits;
import scot.commissioningflow.platform.web.FieldProblem;

/**
 * What makes a joint application whole, with no database: the budget belongs to the partnership and adds up to the
 * milestones' payments, the milestones follow one another, and the partnership agreement is a document of a kind and
 * size the funder can keep.
 */
public final class ApplicationRules {

    /** The largest partnership agreement kept: a signed agreement with schedules, scanned, fits. */
    public static final int AGREEMENT_MAX_BYTES = 10 * 1024 * 1024;
    public static final Set<String> AGREEMENT_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private ApplicationRules() {
    }

    public static BigDecimal total(List<BudgetLine> budget) {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every problem with the application as a whole, each as a sentence; empty when it is whole. */
    static List<FieldProblem> problems(ApplicationRequest request, String leadProvider) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> partnership = new HashSet<>();
        partnership.add(leadProvider);
        for (var partner : request.partners()) {
            if (!partnership.add(partner.providerReference())) {
                problems.add(new FieldProblem("partners", "partners names " + partner.providerReference()
                        + " more than once, or names the lead provider as a partner"));
            }
        }
        for (BudgetLine line : request.budget()) {
            if (!partnership.contains(line.partner())) {
                problems.add(new FieldProblem("budget", "budget line '" + line.line() + "' is for "
                        + line.partner() + ", which is not in the partnership"));
            }
        }
        BigDecimal budget = total(request.budget());
        if (budget.compareTo(new BigDecimal(AmountLimits.CONTRACT_VALUE_MAX)) > 0) {
            problems.add(new FieldProblem("budget", "budget comes to " + budget.toPlainString() + " in all; it "
                    + AmountLimits.CONTRACT_VALUE_TOO_HIGH));
        }
        BigDecimal payments = request.milestones().stream().map(Milestone::payment)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (budget.compareTo(payments) != 0) {
            problems.add(new FieldProblem("milestones", "milestones pay " + payments.toPlainString()
                    + " in all but the budget comes to " + budget.toPlainString() + "; they must be the same"));
        }
        for (int i = 1; i < request.milestones().size(); i++) {
            if (!request.milestones().get(i).reportDueOn().isAfter(request.milestones().get(i - 1).reportDueOn())) {
                problems.add(new FieldProblem("milestones", "milestone " + (i + 1) + " must be reported on after"
                        + " milestone " + i));
            }
        }
        return problems;
    }

    /** What is said of an agreement over the limit, whether it was read or was too large for the server to read. */
    static String agreementTooLarge() {
        return "The partnership agreement is larger than the " + AGREEMENT_MAX_BYTES / (1024 * 1024)
                + " MB allowed: send a smaller copy, for example a PDF without scanned colour pages.";
    }

    /**
     * Whether an uploaded file can be kept as the partnership agreement: a PDF or Word document, not empty and not
     * above the limit, whose first bytes say it is what its type claims.
     *
     * @return a sentence saying what is wrong, or null when it can be kept
     */
    static String agreementProblem(String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            return "The partnership agreement is empty: attach the signed agreement as a PDF or Word document.";
        }
        if (content.length > AGREEMENT_MAX_BYTES) {
            return agreementTooLarge();
        }
        if (contentType == null || !AGREEMENT_TYPES.contains(contentType)) {
            return "The partnership agreement must be a PDF or a Word (.docx) document, not " + contentType + ".";
        }
        boolean pdf = content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F';
        boolean zip = content.length > 2 && content[0] == 'P' && content[1] == 'K';
        if (contentType.equals("application/pdf") ? !pdf : !zip) {
            return "The partnership agreement does not read as the " + (contentType.equals("application/pdf")
                    ? "PDF" : "Word document") + " it says it is.";
        }
        return null;
    }
}

package scot.commissioningflow.fairwork.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.PayFloor;
import scot.commissioningflow.fairwork.Treatment;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.fairwork.Wording;
import scot.commissioningflow.fairwork.WorkType;
import scot.commissioningflow.fairwork.ZeroHoursUse;
import scot.commissioningflow.fairwork.referencedata.CriterionView;
import scot.commissioningflow.fairwork.referencedata.FairWorkFigures;

/**
 * Judges a declaration against each Fair Work First criterion as it applies in the context on the start date.
 * Nothing here is stored; {@link FairWorkChecks} keeps the result.
 */
@Component
class FairWorkAssessor {

    record Assessment(Verdict outcome, List<CriterionResult> results, String summary) {
    }

    private final FairWorkFigures figures;

    FairWorkAssessor(FairWorkFigures figures) {
        this.figures = figures;
    }

    /** Whether, for this context and date, cumulative grant funding decides if a self-declaration is enough. */
    boolean grantFundingNeeded(FairWorkContext context, LocalDate date) {
        return grantLimit(context, date).isPresent();
    }

    Assessment assess(FairWorkCheckRequest request) {
        Map<Criterion, Treatment> treatments = figures.treatments(request.fairWorkContext(), request.contractStartDate());
        FairWorkDeclaration declaration = request.fairWorkDeclaration();
        List<CriterionResult> results = new ArrayList<>();
        for (CriterionView criterion : figures.criteria()) {
            boolean mandatory = treatments.get(criterion.code()) == Treatment.MANDATORY;
            Judgement judgement = switch (criterion.code()) {
                case REAL_LIVING_WAGE -> pay(declaration, request.contractStartDate());
                case EFFECTIVE_VOICE -> voice(declaration);
                case WORKFORCE_DEVELOPMENT -> action(declaration.workforceDevelopment(),
                        "investment in workforce development", "invest in workforce development");
                case NO_INAPPROPRIATE_ZERO_HOURS -> zeroHours(declaration.zeroHoursContracts());
                case GENDER_PAY_GAP -> action(declaration.genderPayGapAction(),
                        "action on the gender pay gap and diversity", "act on the gender pay gap and diversity");
                case FLEXIBLE_WORKING -> declaration.flexibleWorkingFromDayOne()
                        ? met("Flexible and family-friendly working is offered from a worker's first day.")
                        : notMet("Flexible and family-friendly working is not offered from a worker's first day.");
                case NO_FIRE_AND_REHIRE -> declaration.fireAndRehire()
                        ? notMet("The provider uses, or keeps the right to use, fire and rehire.")
                        : met("The provider does not use fire and rehire.");
            };
            results.add(new CriterionResult(criterion.code(), mandatory, judgement.verdict(), judgement.reason()));
        }
        List<CriterionResult> evidenced = applyGrantEvidenceRule(request, results);
        Verdict outcome = outcome(evidenced);
        return new Assessment(outcome, evidenced, summary(request, outcome, evidenced));
    }

    private record Judgement(Verdict verdict, String reason) {
    }

    private static Judgement met(String reason) {
        return new Judgement(Verdict.MET, reason);
    }

    private static Judgement notMet(String reason) {
        return new Judgement(Verdict.NOT_MET, reason);
    }

    private static Judgement notEvidenced(String reason) {
        return new Judgement(Verdict.NOT_EVIDENCED, reason);
    }

    private Judgement pay(FairWorkDeclaration declaration, LocalDate startDate) {
        PayFloor directCare = figures.floorOn(WorkType.DIRECT_CARE, startDate);
        List<String> shortfalls = new ArrayList<>();
        declaration.hourlyPayByRole().forEach((role, pay) -> {
            if (pay.compareTo(directCare.hourlyRate()) < 0) {
                shortfalls.add(Wording.capitalised(role) + " pay of " + Wording.money(pay) + " an hour is "
                        + Wording.difference(directCare.hourlyRate().subtract(pay)) + " below "
                        + directCare.describe() + ".");
            }
        });
        String sleepoverNote = "";
        if (declaration.sleepoverHourlyPay() != null) {
            PayFloor sleepover = figures.floorOn(WorkType.SLEEPOVER, startDate);
            BigDecimal pay = declaration.sleepoverHourlyPay();
            if (pay.compareTo(sleepover.hourlyRate()) < 0) {
                shortfalls.add("Sleepover pay of " + Wording.money(pay) + " an hour is "
                        + Wording.difference(sleepover.hourlyRate().subtract(pay)) + " below "
                        + sleepover.describe() + ".");
            }
            sleepoverNote = " Sleepover pay of " + Wording.money(pay) + " an hour meets " + sleepover.describe()
                    + ".";
        }
        List<String> notCovered = new ArrayList<>();
        if (!declaration.flowsDownToSubcontractors()) {
            notCovered.add("sub-contractors' staff");
        }
        if (!declaration.flowsDownToAgencyStaff()) {
            notCovered.add("agency staff");
        }
        if (!notCovered.isEmpty()) {
            shortfalls.add("The provider does not commit to paying " + String.join(" or ", notCovered)
                    + " at least the same floor.");
        }
        if (!shortfalls.isEmpty()) {
            return notMet(String.join(" ", shortfalls));
        }
        return met("Pay for every role (" + payList(declaration.hourlyPayByRole()) + ") meets "
                + directCare.describe() + "." + sleepoverNote
                + " The commitment covers sub-contractors' and agency staff.");
    }

    private static String payList(Map<String, BigDecimal> payByRole) {
        return String.join(", ", payByRole.entrySet().stream()
                .map(entry -> entry.getKey() + " " + Wording.money(entry.getValue()) + " an hour").toList());
    }

    private static Judgement voice(FairWorkDeclaration declaration) {
        return switch (declaration.workerVoice()) {
            case RECOGNISED_TRADE_UNION -> met("Workers are represented by a recognised trade union.");
            case OTHER_CHANNEL -> declaration.workerVoiceDescription() == null
                    || declaration.workerVoiceDescription().isBlank()
                    ? notEvidenced("The provider says workers are heard through a channel other than a trade union"
                            + " but does not describe it.")
                    : met("Workers are heard through: " + quoted(declaration.workerVoiceDescription()));
            case NONE -> notMet("Workers have no recognised trade union or other channel through which they are"
                    + " heard.");
        };
    }

    private static Judgement action(DeclaredAction action, String subject, String verb) {
        if (action.describedInWords()) {
            return met("The provider describes its " + subject + ": " + quoted(action.description()));
        }
        if (action.committed()) {
            return notEvidenced("The provider says it commits to " + subject + " but does not describe it.");
        }
        if (action.description() != null) {
            return notEvidenced("The declaration does not describe any " + subject + ".");
        }
        return notMet("The provider does not commit to " + verb + ".");
    }

    private static Judgement zeroHours(ZeroHoursUse use) {
        return switch (use) {
            case NONE -> met("The provider does not use zero-hours contracts.");
            case WORKER_CHOICE_ONLY -> met("Zero-hours contracts are used only where workers choose them.");
            case USED -> notMet("The provider uses zero-hours contracts other than at workers' own choice.");
        };
    }

    private static String quoted(String text) {
        String shortened = text.length() > 300 ? text.substring(0, atLetterBoundary(text, 297)) + "..." : text;
        return "\u201c" + shortened + "\u201d" + (shortened.endsWith(".") ? "" : ".");
    }

    /** Where to cut the text at or before {@code end} without parting the two halves of an emoji or other letter. */
    private static int atLetterBoundary(String text, int end) {
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /**
     * For grants, a self-declaration is enough only under the cumulative funding limit; at or above it, a mandatory
     * criterion the declaration meets still needs an officer to see evidence.
     */
    private List<CriterionResult> applyGrantEvidenceRule(FairWorkCheckRequest request,
            List<CriterionResult> results) {
        Optional<BigDecimal> limit = grantLimit(request.fairWorkContext(), request.contractStartDate());
        if (limit.isEmpty()) {
            return results;
        }
        BigDecimal funding = request.fairWorkDeclaration().cumulativeGrantFunding();
        boolean selfDeclarationEnough = funding.compareTo(limit.get()) < 0;
        return results.stream().map(result -> {
            if (!result.mandatory() || result.result() != Verdict.MET) {
                return result;
            }
            if (selfDeclarationEnough) {
                return result.withVerdict(Verdict.MET, result.reason() + " A self-declaration is enough because"
                        + " cumulative grant funding of " + Wording.money(funding) + " is under "
                        + Wording.money(limit.get()) + ".");
            }
            return result.withVerdict(Verdict.NOT_EVIDENCED, result.reason() + " Cumulative grant funding of "
                    + Wording.money(funding) + " is not under " + Wording.money(limit.get())
                    + ", so a self-declaration is not enough: an officer must see evidence.");
        }).toList();
    }

    private Optional<BigDecimal> grantLimit(FairWorkContext context, LocalDate date) {
        if (context != FairWorkContext.GRANT) {
            return Optional.empty();
        }
        return figures.grantDeclarationLimit(date);
    }

    private static Verdict outcome(List<CriterionResult> results) {
        List<Verdict> mandatory = results.stream().filter(CriterionResult::mandatory).map(CriterionResult::result)
                .toList();
        if (mandatory.contains(Verdict.NOT_MET)) {
            return Verdict.NOT_MET;
        }
        return mandatory.contains(Verdict.NOT_EVIDENCED) ? Verdict.NOT_EVIDENCED : Verdict.MET;
    }

    private String summary(FairWorkCheckRequest request, Verdict outcome, List<CriterionResult> results) {
        String where = "for " + request.fairWorkContext().phrase() + " starting " + Wording.date(request.contractStartDate());
        long mandatory = results.stream().filter(CriterionResult::mandatory).count();
        long scoredShort = results.stream().filter(r -> !r.mandatory() && r.result() != Verdict.MET).count();
        String scored = scoredShort == 0 ? " Every scored criterion is met."
                : " " + scoredShort + " of " + (results.size() - mandatory)
                        + " scored criteria are not met or not evidenced.";
        return switch (outcome) {
            case MET -> "Fair work conditions are met " + where + ": " + (mandatory == 1
                    ? "the mandatory criterion is met." : "all " + mandatory + " mandatory criteria are met.")
                    + scored;
            case NOT_MET -> "Fair work conditions are not met " + where + ": " + namesOf(results, Verdict.NOT_MET)
                    + " not met." + scored;
            case NOT_EVIDENCED -> "Fair work conditions need a procurement officer's review " + where + ": "
                    + namesOf(results, Verdict.NOT_EVIDENCED) + " not evidenced by the declaration." + scored;
        };
    }

    private String namesOf(List<CriterionResult> results, Verdict verdict) {
        List<String> names = results.stream().filter(r -> r.mandatory() && r.result() == verdict)
                .map(r -> nameOf(r.criterion()))
                .toList();
        return (names.size() == 1 ? "the mandatory criterion " : "the mandatory criteria ")
                + String.join(" and ", names) + (names.size() == 1 ? " is" : " are");
    }

    private String nameOf(Criterion criterion) {
        return figures.criteria().stream().filter(c -> c.code() == criterion).map(CriterionView::name).findFirst()
                .orElse(criterion.name());
    }
}

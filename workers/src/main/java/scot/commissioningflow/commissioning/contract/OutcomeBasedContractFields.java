package scot.commissioningflow.commissioning.contract;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import scot.commissioningflow.commissioning.award.AwardView;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;
import scot.commissioningflow.commissioning.tender.TenderView;
import scot.commissioningflow.fairwork.FairWorkDeclaration;

/**
 * Every field contracts-templates/outcome-based-contract.docx asks for, in the words a contract uses: amounts in
 * pounds, the route named, dates as dates, and the fair-work commitments taken from the winning response's declaration
 * (or, for a direct award, the terms the contract itself imposes). The template reads the components by name.
 */
public record OutcomeBasedContractFields(
        String contractReference,
        String contractTitle,
        String tenderReference,
        String procurementRoute,
        LocalDate awardDate,
        String commissioningBody,
        String commissionerName,
        String commissionerEmail,
        String providerName,
        String providerReference,
        String providerEmail,
        String serviceDescription,
        String coProductionSummary,
        LocalDate startDate,
        LocalDate endDate,
        int contractMonths,
        List<Outcome> outcomes,
        String contractValue,
        String hourlyRate,
        String paymentTerms,
        String monitoringArrangements,
        String payCommitment,
        String workerVoice,
        String fairWorkSummary,
        boolean flowsDownToSubcontractors,
        boolean flowsDownToAgencyStaff) {

    private static final Map<ProcurementRoute, String> ROUTE_WORDS = Map.of(
            ProcurementRoute.DIRECT_AWARD_S12, "a direct award under section 12 of the Procurement Reform (Scotland)"
                    + " Act 2014",
            ProcurementRoute.DIRECT_AWARD_BELOW_THRESHOLD, "a direct award to the existing provider below the"
                    + " regulated procurement threshold",
            ProcurementRoute.QUICK_QUOTE, "a quick quote below the regulated procurement threshold",
            ProcurementRoute.REGULATED, "a regulated procurement under the Procurement Reform (Scotland) Act 2014",
            ProcurementRoute.LIGHT_TOUCH, "a light-touch procurement under the Public Contracts (Scotland)"
                    + " Regulations 2015",
            ProcurementRoute.ABOVE_GPA, "an open procurement under the Public Contracts (Scotland) Regulations 2015");

    /** The fair-work clause: what the winner declared, or the terms imposed on a provider awarded without one. */
    record FairWorkTerms(String payCommitment, String workerVoice, String fairWorkSummary,
            boolean flowsDownToSubcontractors, boolean flowsDownToAgencyStaff) {

        static FairWorkTerms declared(FairWorkDeclaration declaration, String fairWorkSummary) {
            String byRole = declaration.hourlyPayByRole().entrySet().stream()
                    .map(e -> e.getKey() + " " + pounds(e.getValue())).sorted().collect(Collectors.joining(", "));
            String voice = words(declaration.workerVoice().name()) + (declaration.workerVoiceDescription() == null
                    ? "" : ": " + declaration.workerVoiceDescription());
            return new FairWorkTerms("hourly pay of at least " + byRole
                    + (declaration.sleepoverHourlyPay() == null ? "; no sleepovers are worked"
                    : "; every sleepover hour paid at " + pounds(declaration.sleepoverHourlyPay())) + ".",
                    voice, String.valueOf(fairWorkSummary), declaration.flowsDownToSubcontractors(),
                    declaration.flowsDownToAgencyStaff());
        }

        static FairWorkTerms imposed() {
            return new FairWorkTerms("hourly pay of at least the adult social care minimum pay in force, for every"
                    + " hour worked including every sleepover hour.",
                    "to be evidenced by the Provider at the first annual review",
                    "awarded without competition; the commitments in this clause are terms of the contract and are"
                            + " checked at the first annual review", true, true);
        }
    }

    static OutcomeBasedContractFields of(String contractReference, TenderView tender, AwardView award,
            FairWorkTerms fairWork) {
        return new OutcomeBasedContractFields(contractReference, tender.title(), tender.reference(),
                ROUTE_WORDS.get(tender.procurementRoute()), award.decidedOn(), tender.commissioningBody(),
                tender.commissionerName(), tender.commissionerEmail(), award.winnerName(), award.winnerReference(),
                award.winnerEmail(), tender.needDescription(),
                tender.coProduction().stream().map(c -> words(c.who().name()) + " (" + c.how() + ")")
                        .collect(Collectors.joining("; ")),
                tender.contractStartDate(), endDate(tender), tender.contractMonths(), tender.outcomes(),
                pounds(award.contractValue()), pounds(award.hourlyRate()), tender.paymentTerms(),
                tender.monitoringArrangements(), fairWork.payCommitment(), fairWork.workerVoice(),
                fairWork.fairWorkSummary(), fairWork.flowsDownToSubcontractors(), fairWork.flowsDownToAgencyStaff());
    }

    /** The last day of the contract: its start plus its months, less a day. */
    static LocalDate endDate(TenderView tender) {
        return tender.contractStartDate().plusMonths(tender.contractMonths()).minusDays(1);
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    private static String words(String code) {
        String text = code.toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

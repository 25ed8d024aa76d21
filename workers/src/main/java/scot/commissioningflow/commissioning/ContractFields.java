package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything outcome-based-contract.docx asks for, in the words a contract uses: amounts in pounds, the route named,
 * and the fair-work commitments taken from the winning response's declaration (or, for a direct award, the terms
 * the contract itself imposes).
 */
final class ContractFields {

    private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);
    private static final Map<ProcurementRoute, String> ROUTE_WORDS = Map.of(
            ProcurementRoute.DIRECT_AWARD_S12, "a direct award under section 12 of the Procurement Reform (Scotland)"
                    + " Act 2014",
            ProcurementRoute.QUICK_QUOTE, "a quick quote below the regulated procurement threshold",
            ProcurementRoute.REGULATED, "a regulated procurement under the Procurement Reform (Scotland) Act 2014",
            ProcurementRoute.LIGHT_TOUCH, "a light-touch procurement under the Public Contracts (Scotland)"
                    + " Regulations 2015",
            ProcurementRoute.ABOVE_GPA, "an open procurement under the Public Contracts (Scotland) Regulations 2015");

    private ContractFields() {
    }

    static Map<String, Object> of(Tender tender, AwardDecision award, ProviderResponse winning) {
        TenderView view = tender.view();
        Map<String, Object> fields = new HashMap<>();
        fields.put("contractTitle", view.title());
        fields.put("tenderReference", view.reference());
        fields.put("procurementRoute", ROUTE_WORDS.get(view.procurementRoute()));
        fields.put("awardDate", award.decidedOn().toString());
        fields.put("commissioningBody", view.commissioningBody());
        fields.put("commissionerName", view.commissionerName());
        fields.put("commissionerEmail", tender.commissionerEmail());
        fields.put("providerName", award.winnerName());
        fields.put("providerReference", award.winnerReference());
        fields.put("providerEmail", award.winnerEmail());
        fields.put("serviceDescription", view.needDescription());
        fields.put("coProductionSummary", view.coProduction().stream()
                .map(c -> words(c.get("who")) + " (" + c.get("how") + ")").collect(Collectors.joining("; ")));
        fields.put("startDate", view.contractStartDate().toString());
        fields.put("endDate", view.contractStartDate().plusMonths(view.contractMonths()).minusDays(1).toString());
        fields.put("contractMonths", view.contractMonths());
        fields.put("outcomes", view.outcomes());
        fields.put("contractValue", pounds(award.contractValue()));
        fields.put("hourlyRate", pounds(award.hourlyRate()));
        fields.put("paymentTerms", tender.paymentTerms());
        fields.put("monitoringArrangements", tender.monitoringArrangements());
        fields.putAll(winning == null ? imposedFairWork() : declaredFairWork(winning));
        return fields;
    }

    private static Map<String, Object> declaredFairWork(ProviderResponse winning) {
        Map<String, Object> declaration = winning.fairWorkDeclaration();
        Map<?, ?> pay = (Map<?, ?>) declaration.get("hourlyPayByRole");
        String byRole = pay.entrySet().stream().map(e -> e.getKey() + " " + pounds(new BigDecimal(
                e.getValue().toString()))).sorted().collect(Collectors.joining(", "));
        Object sleepover = declaration.get("sleepoverHourlyPay");
        String voice = declaration.get("workerVoiceDescription") == null ? words(declaration.get("workerVoice"))
                : words(declaration.get("workerVoice")) + ": " + declaration.get("workerVoiceDescription");
        return Map.of(
                "payCommitment", "hourly pay of at least " + byRole
                        + (sleepover == null ? "; no sleepovers are worked"
                        : "; every sleepover hour paid at " + pounds(new BigDecimal(sleepover.toString()))) + ".",
                "workerVoice", voice,
                "fairWorkSummary", String.valueOf(winning.view().fairWorkSummary()),
                "flowsDownToSubcontractors", declaration.get("flowsDownToSubcontractors"),
                "flowsDownToAgencyStaff", declaration.get("flowsDownToAgencyStaff"));
    }

    private static Map<String, Object> imposedFairWork() {
        return Map.of(
                "payCommitment", "hourly pay of at least the adult social care minimum pay in force, for every"
                        + " hour worked including every sleepover hour.",
                "workerVoice", "to be evidenced by the Provider at the first annual review",
                "fairWorkSummary", "awarded without competition; the commitments in this clause are terms of the"
                        + " contract and are checked at the first annual review",
                "flowsDownToSubcontractors", true,
                "flowsDownToAgencyStaff", true);
    }

    private static String pounds(BigDecimal amount) {
        synchronized (POUNDS) {
            return POUNDS.format(amount);
        }
    }

    private static String words(Object code) {
        String text = String.valueOf(code).toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}


package scot.commissioningflow.frameworks.calloff;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import scot.commissioningflow.frameworks.calloff.NewCallOff.OutcomeAndIndicator;

/**
 * The fields of {@code outcome-based-contract.docx} as a call-off fills them: the call-off contract is the same
 * outcome-based contract, awarded under a framework (the route names the framework, its lot and the method).
 * Fair work was checked when the provider was admitted to the framework (and, in a mini-competition, again on its
 * response); the framework's terms carry it down the supply chain.
 */
record CallOffContractFields(String contractReference, String contractTitle, String awardDate,
        String procurementRoute, String tenderReference, String commissioningBody, String commissionerName,
        String commissionerEmail, String providerName, String providerReference, String providerEmail,
        String serviceDescription, String coProductionSummary, String startDate, String endDate,
        String contractMonths, List<OutcomeAndIndicator> outcomes, String contractValue, String hourlyRate,
        String paymentTerms, String payCommitment, String workerVoice, String fairWorkSummary,
        boolean flowsDownToSubcontractors, boolean flowsDownToAgencyStaff, String monitoringArrangements) {

    static CallOffContractFields of(String contractReference, CallOff callOff, String providerEmail,
            String fairWorkSummary) {
        String route = (callOff.method() == CallOffMethod.WITH_REOPENING_COMPETITION
                ? "a call-off with reopening of competition (a mini-competition) from lot "
                : "a call-off without reopening of competition from lot ")
                + callOff.lotNumber() + " of framework agreement " + callOff.frameworkReference();
        long months = Math.max(1, ChronoUnit.MONTHS.between(callOff.startDate(), callOff.endDate().plusDays(1)));
        return new CallOffContractFields(contractReference, callOff.title(), callOff.awardedOn().toString(), route,
                callOff.reference(), callOff.commissioningBody(), callOff.commissionerName(),
                callOff.commissionerEmail(), callOff.awardedProviderName(), callOff.awardedProvider(), providerEmail,
                callOff.serviceDescription(), callOff.personInvolvement(), callOff.startDate().toString(),
                callOff.endDate().toString(), String.valueOf(months), callOff.outcomes(), money(callOff.valueExVat()),
                callOff.hourlyRate() == null ? "as the provider's framework price schedule in force"
                        : money(callOff.hourlyRate()),
                "Monthly in arrears against the support delivered, at the framework's prices",
                "the pay commitments the provider made on admission to framework " + callOff.frameworkReference(),
                "as declared on admission to framework " + callOff.frameworkReference(), fairWorkSummary, true, true,
                callOff.monitoringArrangements());
    }

    static String money(BigDecimal amount) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(amount);
    }

    static String date(LocalDate day) {
        return day.toString();
    }
}

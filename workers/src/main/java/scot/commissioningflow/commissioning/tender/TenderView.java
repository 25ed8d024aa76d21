package scot.commissioningflow.commissioning.tender;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.commissioning.tender.TenderRequest.CoProduction;
import scot.commissioningflow.commissioning.tender.TenderRequest.ExistingProvider;
import scot.commissioningflow.commissioning.tender.TenderRequest.Outcome;

/**
 * A tender as its commissioner sees it. The buyer organisation is the council or partnership whose staff act on it.
 * The terms at the end go into notices and the contract; the commissioner's view has never shown them, so they stay
 * out of its JSON.
 */
public record TenderView(
        String reference,
        String title,
        String needDescription,
        ServiceType serviceType,
        BigDecimal estimatedValueExVat,
        BigDecimal estimatedValueIncVat,
        LocalDate contractStartDate,
        int contractMonths,
        List<Outcome> outcomes,
        List<CoProduction> coProduction,
        boolean existingService,
        ExistingProvider existingProvider,
        ContinuityDecision continuityDecision,
        String continuityReasons,
        String peopleToldTimetable,
        AwardWeights weights,
        List<String> evaluators,
        int responsePeriodDays,
        TenderStatus status,
        ProcurementRoute procurementRoute,
        String noticeDuty,
        Integer standstillDays,
        String contractNoticeId,
        Instant responseDeadline,
        int roundNumber,
        Long processInstanceKey,
        String commissioningBody,
        String commissionerName,
        String createdBy,
        String buyerOrganisation,
        Instant createdAt,
        String closedReason,
        @JsonIgnore String commissionerEmail,
        @JsonIgnore boolean noticesElectronic,
        @JsonIgnore String paymentTerms,
        @JsonIgnore String monitoringArrangements) {
}

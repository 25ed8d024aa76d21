package scot.commissioningflow.commissioning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A tender as its commissioner sees it. */
public record TenderView(
        String reference,
        String title,
        String needDescription,
        ServiceType serviceType,
        BigDecimal estimatedValueExVat,
        BigDecimal estimatedValueIncVat,
        LocalDate contractStartDate,
        int contractMonths,
        List<Map<String, Object>> outcomes,
        List<Map<String, Object>> coProduction,
        boolean existingService,
        Map<String, Object> existingProvider,
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
        Instant createdAt,
        String closedReason) {
}

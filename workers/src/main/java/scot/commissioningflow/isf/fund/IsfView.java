package scot.commissioningflow.isf.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.commissioningflow.isf.agreement.AgreementView;

public record IsfView(
        String reference,
        IsfStatus status,
        String personName,
        String personUserId,
        String councilName,
        String socialWorkerName,
        String socialWorkerEmail,
        List<String> outcomes,
        BigDecimal indicativeAnnualBudget,
        BigDecimal weeklyHours,
        Representative representative,
        Choice choice,
        String currentProviderReference,
        LocalDate nextReviewDate,
        List<AgreementView> agreements,
        EndedHow endedHow,
        String endedDetail,
        String movedTo,
        long processInstanceKey,
        Instant createdAt,
        Instant endedAt) {

    /** The person's choice of provider, in their own words, and who helped them make it. */
    public record Choice(String providerReference, String inOwnWords, ChoiceHelper helpedBy, String helperName,
            String recordedBy) {
    }
}

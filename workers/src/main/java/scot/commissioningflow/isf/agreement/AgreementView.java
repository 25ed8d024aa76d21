package scot.commissioningflow.isf.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AgreementView(String contractReference, AgreementKind kind, String variesReference,
        String providerReference, String providerName, BigDecimal annualBudget, BigDecimal carriedOverBalance,
        BigDecimal carriedOverHours, LocalDate startsOn, LocalDate endsOn, AgreementStatus status,
        String contractDocumentId) {
}

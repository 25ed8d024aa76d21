package scot.commissioningflow.fairwork.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The grant funding below which a self-declaration is enough, for a period, as held in the reference data. */
public record GrantDeclarationLimitView(Long id, LocalDate effectiveFrom, LocalDate effectiveTo,
        BigDecimal fundingLimit, String sourceNote) {
}

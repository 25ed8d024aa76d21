package scot.commissioningflow.fairwork;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Below this cumulative grant funding a self-declaration is enough evidence for the mandatory criteria. */
@Entity
@Table(name = "fair_work_grant_declaration_limit")
class GrantDeclarationLimit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Period period;

    private BigDecimal fundingLimit;
    private String sourceNote;

    protected GrantDeclarationLimit() {
    }

    BigDecimal fundingLimit() {
        return fundingLimit;
    }
}

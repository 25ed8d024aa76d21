package scot.commissioningflow.collaboration.payments;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import scot.commissioningflow.collaboration.application.ApplicationRequest.Involvement;
import scot.commissioningflow.collaboration.payments.ReportRequest.Spend;
import scot.commissioningflow.platform.persistence.JsonConverter;

/** A milestone's progress and spend report, kept as the lead provider sent it. */
@Entity
@Table(name = "collaboration_progress_report")
class ProgressReport {

    @Converter
    static class InvolvementConverter extends JsonConverter<List<Involvement>> {
        InvolvementConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    static class SpendConverter extends JsonConverter<List<Spend>> {
        SpendConverter() {
            super(new TypeReference<>() {
            });
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String grantReference;
    private int milestoneNumber;
    @Column(columnDefinition = "MEDIUMTEXT")
    private String progress;
    @Convert(converter = InvolvementConverter.class)
    private List<Involvement> peopleInvolved;
    @Convert(converter = SpendConverter.class)
    private List<Spend> spendByLine;
    private BigDecimal totalSpent;
    private String submittedBy;
    private Instant submittedAt;

    protected ProgressReport() {
    }

    ProgressReport(String grantReference, int milestoneNumber, ReportRequest report, String submittedBy,
            Instant submittedAt) {
        this.grantReference = grantReference;
        this.milestoneNumber = milestoneNumber;
        this.progress = report.progress();
        this.peopleInvolved = List.copyOf(report.peopleInvolved());
        this.spendByLine = List.copyOf(report.spend());
        this.totalSpent = ReportRules.total(report.spend());
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    int milestoneNumber() {
        return milestoneNumber;
    }

    List<Spend> spendByLine() {
        return spendByLine;
    }

    BigDecimal totalSpent() {
        return totalSpent;
    }

    ReportView view() {
        return new ReportView(grantReference, milestoneNumber, progress, peopleInvolved, spendByLine, totalSpent,
                submittedBy, submittedAt);
    }

    /** A report as the partners and the funder read it. */
    record ReportView(String grantReference, int milestoneNumber, String progress, List<Involvement> peopleInvolved,
            List<Spend> spend, BigDecimal totalSpent, String submittedBy, Instant submittedAt) {
    }
}

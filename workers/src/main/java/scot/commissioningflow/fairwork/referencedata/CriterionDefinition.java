package scot.commissioningflow.fairwork.referencedata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import scot.commissioningflow.fairwork.Criterion;

/** A Fair Work First criterion's name and meaning, as officers and providers read them. */
@Entity
@Table(name = "fair_work_criterion")
class CriterionDefinition {

    @Id
    @Enumerated(EnumType.STRING)
    private Criterion code;

    private int position;
    private String name;
    private String description;

    protected CriterionDefinition() {
    }

    CriterionDefinition(Criterion code, int position, String name, String description) {
        this.code = code;
        this.position = position;
        this.name = name;
        this.description = description;
    }

    Criterion code() {
        return code;
    }

    String name() {
        return name;
    }

    CriterionView view() {
        return new CriterionView(code, position, name, description);
    }
}

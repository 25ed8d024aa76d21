package scot.commissioningflow.contracts.register;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import scot.commissioningflow.contracts.ContractEntry;
import scot.commissioningflow.contracts.ContractKind;
import scot.commissioningflow.contracts.ContractVariation;
import scot.commissioningflow.contracts.ContractedOutcome;
import scot.commissioningflow.contracts.RecordedVariation;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.platform.persistence.JsonListConverter;

/** An entry in the contracts register (Procurement Reform (Scotland) Act 2014 s.35), kept until the contract ends. */
@Entity
@Table(name = "contract_register")
class RegisteredContract {

    @Id
    private String reference;

    @Enumerated(EnumType.STRING)
    private ContractKind kind;

    private String title;
    private String providerReference;
    private String providerName;
    private String commissioner;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal annualValue;
    private BigDecimal hourlyRate;

    // Both only ever replaced, never changed in place: Hibernate then keeps no JSON copy of them to compare at flush.
    @Convert(converter = JsonListConverter.class)
    @Mutability(Immutability.class)
    private List<Map<String, Object>> outcomes;

    @Convert(converter = RecordedVariationsConverter.class)
    @Mutability(Immutability.class)
    private List<RecordedVariation> variations;

    private String documentReference;
    private Instant registeredAt;

    protected RegisteredContract() {
    }

    RegisteredContract(ContractEntry entry, Instant at) {
        this.reference = entry.reference();
        this.kind = entry.kind();
        this.title = entry.title();
        this.providerReference = entry.providerReference();
        this.providerName = entry.providerName();
        this.commissioner = entry.commissioner();
        this.startDate = entry.startDate();
        this.endDate = entry.endDate();
        this.annualValue = entry.annualValue();
        this.hourlyRate = entry.hourlyRate();
        // Kept as the JSON the register has always stored; the record is what crosses into other features.
        this.outcomes = entry.outcomes() == null ? List.of() : entry.outcomes().stream()
                .map(o -> o.indicator() == null ? Map.<String, Object>of("outcome", o.outcome())
                        : Map.<String, Object>of("outcome", o.outcome(), "indicator", o.indicator()))
                .toList();
        this.variations = new ArrayList<>();
        this.documentReference = entry.documentReference();
        this.registeredAt = at;
    }

    /** Applies a variation once: a variation already recorded under its document reference changes nothing. */
    void vary(ContractVariation variation) {
        boolean recorded = variations.stream()
                .anyMatch(v -> variation.documentReference().equals(v.documentReference()));
        if (recorded) {
            return;
        }
        List<RecordedVariation> all = new ArrayList<>(variations);
        all.add(new RecordedVariation(variation.documentReference(), variation.effectiveFrom(), variation.reason(),
                annualValue, hourlyRate));
        this.variations = all;
        if (variation.annualValue() != null) {
            this.annualValue = variation.annualValue();
        }
        if (variation.hourlyRate() != null) {
            this.hourlyRate = variation.hourlyRate();
        }
    }

    void end(LocalDate on) {
        this.endDate = on;
    }

    ContractEntry entry() {
        return new ContractEntry(reference, kind, title, providerReference, providerName, commissioner, startDate,
                endDate, annualValue, hourlyRate, outcomes.stream()
                        .map(o -> new ContractedOutcome((String) o.get("outcome"), (String) o.get("indicator")))
                        .toList(),
                documentReference);
    }

    RegisteredContractView view() {
        return new RegisteredContractView(entry(), variations, registeredAt);
    }
}

package scot.commissioningflow.frameworks.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import scot.commissioningflow.audit.AuditEntry;
import scot.commissioningflow.audit.AuditTrail;
import scot.commissioningflow.contracts.ContractDocuments;
import scot.commissioningflow.contracts.ContractRequest;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.contracts.SigningStatus;
import scot.commissioningflow.fairwork.PriceSustainability;
import scot.commissioningflow.frameworks.Framework;
import scot.commissioningflow.frameworks.FrameworkAgreementProcess;
import scot.commissioningflow.frameworks.FrameworkStatus;
import scot.commissioningflow.frameworks.LotMember;
import scot.commissioningflow.frameworks.PriceUnit;
import scot.commissioningflow.frameworks.ScheduledPrice;
import scot.commissioningflow.frameworks.agreement.FrameworkAgreements;
import scot.commissioningflow.frameworks.agreement.UpliftsInProgress;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.platform.process.ProcessEngine;
import scot.commissioningflow.platform.web.Conflict;
import scot.commissioningflow.platform.web.InvalidInput;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.providers.ProviderRegister;
import scot.commissioningflow.referencedata.Period;
import scot.commissioningflow.referencedata.PeriodEntry;
import scot.commissioningflow.referencedata.ReferenceData;

/**
 * A national pay uplift applied to a framework: every admitted member's price schedule is re-issued from the
 * uplift's date, each line raised by the uplift and every hourly line to at least the least sustainable hourly price
 * on that date (the pay floor plus on-costs, the same figure the fair work pay uplift review checks contracts
 * against), as a variation the member and the national body sign through {@code contract-signing}. The new lines
 * take effect only once both have signed. An uplift is in progress until every variation is settled; one whose
 * process the engine lost is carried on by its framework's resumption, which asks for it again.
 */
@Service
public class PriceUplifts implements UpliftsInProgress {

    private static final Logger log = LoggerFactory.getLogger(PriceUplifts.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SIGNING_DAYS = 14;

    private final StoredUpliftRepository uplifts;
    private final FrameworkAgreements agreements;
    private final Admissions admissions;
    private final FrameworkPrices prices;
    private final ReferenceData referenceData;
    private final PriceSustainability sustainability;
    private final ProviderRegister providers;
    private final ContractDocuments documents;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PriceUplifts(StoredUpliftRepository uplifts, FrameworkAgreements agreements, Admissions admissions,
            FrameworkPrices prices, ReferenceData referenceData, PriceSustainability sustainability,
            ProviderRegister providers, ContractDocuments documents, ProcessEngine engine, AuditTrail audit,
            TransactionTemplate transaction, Clock clock) {
        this.uplifts = uplifts;
        this.agreements = agreements;
        this.admissions = admissions;
        this.prices = prices;
        this.referenceData = referenceData;
        this.sustainability = sustainability;
        this.providers = providers;
        this.documents = documents;
        this.engine = engine;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public record UpliftStarted(String upliftKey, String frameworkReference, int members) {
    }

    /** Recorded first, then handed to the framework's process, which asks every member to sign its variation. */
    public UpliftStarted request(String reference, UpliftRequest request, SignedInPerson by) {
        Framework framework = agreements.requireManagedBy(by, reference);
        if (!by.has(Role.PROCUREMENT_LEAD)) {
            throw new Refused("Only a procurement lead of " + framework.buyerOrganisation()
                    + " can re-issue the framework's price schedules.");
        }
        if (framework.status() == FrameworkStatus.SETTING_UP || framework.status() == FrameworkStatus.ENDED) {
            throw new Conflict("Framework " + reference + " has no live members to re-issue schedules to.");
        }
        if (!framework.inTerm(request.effectiveFrom())) {
            throw new InvalidInput("effectiveFrom", "effectiveFrom must fall within the framework's term, "
                    + new Period(framework.startsOn(), framework.endsOn()).describe());
        }
        // The pay floor and on-costs on the date must be held, or no hourly line could be checked against them.
        sustainability.assess(BigDecimal.ONE, request.effectiveFrom());
        String key = reference + "-UPLIFT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int members = admissions.membersOfFramework(reference).size();
        transaction.executeWithoutResult(status -> {
            uplifts.save(new StoredUplift(key, reference, request, by.username(), clock.instant()));
            audit.record(by, AuditEntry.of("framework.uplift-requested", "framework", reference, "Re-issue "
                    + members + " members' price schedules from " + request.effectiveFrom() + " with "
                    + request.upliftPercent() + "%" + (request.payUpliftReviewKey() == null ? ""
                            : " (pay uplift review " + request.payUpliftReviewKey() + ")") + ": "
                    + request.reason()));
        });
        engine.correlate(FrameworkAgreementProcess.UPLIFT_REQUESTED, reference, Map.of("upliftKey", key));
        return new UpliftStarted(key, reference, members);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> of(String frameworkReference) {
        return uplifts.findKeysInProgress(frameworkReference);
    }

    /**
     * The variations to sign: one for each member admitted by the day the uplift was asked for, on each lot it holds.
     * Asked again for an uplift whose process the engine lost, it leaves out each variation already settled: one
     * signed meanwhile is re-issued now (its signing would otherwise wait for a signature already given), one whose
     * signing lapsed stays as it was. Members admitted since were never part of the uplift.
     */
    List<PriceVariation> variations(String upliftKey) {
        List<PriceVariation> toSign = new ArrayList<>();
        for (PriceVariation variation : transaction.execute(status -> every(upliftKey))) {
            switch (signing(variation)) {
                case SIGNED -> transaction.executeWithoutResult(status -> reissue(variation, true));
                case LAPSED -> log.info("Variation {} lapsed unsigned before the uplift was carried on",
                        variation.contractRequest().contractReference());
                case null, default -> toSign.add(variation);
            }
        }
        log.info("Uplift {}: {} price schedules to re-issue", upliftKey, toSign.size());
        return toSign;
    }

    /** Where the variation's signing stands; none when its document was never generated. */
    private SigningStatus signing(PriceVariation variation) {
        try {
            return documents.get(variation.contractRequest().contractReference()).status();
        } catch (NotFound notGenerated) {
            return null;
        }
    }

    private List<PriceVariation> every(String upliftKey) {
        StoredUplift uplift = load(upliftKey);
        LocalDate requestedOn = LocalDate.ofInstant(uplift.requestedAt(), clock.getZone());
        Framework framework = agreements.get(uplift.frameworkReference());
        FrameworkAgreements.Signatory nationalBody = agreements.signatory(framework.reference());
        BigDecimal leastHourly = sustainability.assess(BigDecimal.ONE, uplift.effectiveFrom())
                .leastSustainablePrice();
        List<PriceVariation> variations = new ArrayList<>();
        for (LotMember member : admissions.membersOfFramework(framework.reference())) {
            if (member.admittedOn().isAfter(requestedOn)) {
                continue;
            }
            List<ScheduledPrice> before = prices.schedule(framework.reference(), member.lotNumber(),
                    member.providerReference(), uplift.effectiveFrom().minusDays(1));
            List<PriceVariation.Line> lines = new ArrayList<>();
            List<PriceVariationFields.TermChange> changes = new ArrayList<>();
            for (ScheduledPrice price : before) {
                BigDecimal raised = price.rate().multiply(HUNDRED.add(uplift.upliftPercent()))
                        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
                if (price.unit() == PriceUnit.HOUR) {
                    raised = raised.max(leastHourly);
                }
                lines.add(new PriceVariation.Line(price.pricedService(), price.unit().name(), raised));
                changes.add(new PriceVariationFields.TermChange(price.pricedService() + " (per "
                        + price.unit().name().toLowerCase(java.util.Locale.ROOT) + ")", "£" + price.rate(),
                        "£" + raised));
            }
            String variationReference = upliftKey + "-L" + member.lotNumber() + "-" + member.providerReference();
            String contract = framework.reference() + " lot " + member.lotNumber() + " / "
                    + member.providerReference();
            var provider = providers.get(member.providerReference());
            PriceVariationFields fields = new PriceVariationFields(variationReference, contract,
                    framework.title() + ", lot " + member.lotNumber() + ": price schedule", nationalBody.name(),
                    member.providerName(), uplift.effectiveFrom().toString(), uplift.reason(), changes);
            ContractRequest request = new ContractRequest(variationReference, PriceVariationFields.TEMPLATE, fields,
                    List.of(new SignatoryRequest("provider", member.providerName(), provider.contactEmail(),
                                    Signer.provider(member.providerReference())),
                            new SignatoryRequest("national-body", nationalBody.name(), nationalBody.email(),
                                    Signer.council(nationalBody.organisation()))),
                    SIGNING_DAYS);
            variations.add(new PriceVariation(upliftKey, framework.reference(), member.lotNumber(),
                    member.providerReference(), lines, request));
        }
        return variations;
    }

    /** Once both parties have signed, the re-issued lines take effect from the uplift's date. */
    @Transactional
    void reissue(PriceVariation variation, boolean signed) {
        StoredUplift uplift = load(variation.upliftKey());
        if (!signed) {
            audit.recordBySystem("frameworks", AuditEntry.of("framework.schedule-not-reissued", "framework-member",
                    variation.frameworkReference() + "/" + variation.providerReference(), "The variation "
                            + variation.contractRequest().contractReference() + " was not signed in time: the"
                            + " schedule stays as it was."));
            return;
        }
        Framework framework = agreements.get(variation.frameworkReference());
        SignedInPerson onBehalf = new SignedInPerson("system:frameworks", "Framework uplift for "
                + framework.buyerOrganisation(), Set.of(Role.PROCUREMENT_LEAD), framework.buyerOrganisation(), null);
        for (PriceVariation.Line line : variation.lines()) {
            var series = new FrameworkPrice.Series(variation.frameworkReference(), variation.lotNumber(),
                    variation.providerReference(), line.pricedService());
            boolean done = prices.inForce(series, uplift.effectiveFrom())
                    .filter(price -> price.period().effectiveFrom().equals(uplift.effectiveFrom())).isPresent();
            if (!done) {
                referenceData.add(prices, series, new PeriodEntry(uplift.effectiveFrom(), null,
                        "Signed variation " + variation.contractRequest().contractReference(),
                        "National pay uplift " + uplift.upliftKey() + ", signed by both parties"),
                        new FrameworkPrice.Figures(PriceUnit.valueOf(line.unit()), line.rate()), onBehalf);
            }
        }
        log.info("Price schedule of {} on lot {} re-issued from {}", variation.providerReference(),
                variation.lotNumber(), uplift.effectiveFrom());
    }

    /** Every variation has been through its signing and been re-issued or left: nothing to carry on. */
    @Transactional
    void settled(String upliftKey) {
        load(upliftKey).settled();
    }

    private StoredUplift load(String upliftKey) {
        return uplifts.findByUpliftKey(upliftKey).orElseThrow(() -> new IllegalStateException(
                "Uplift " + upliftKey + " has not been recorded"));
    }
}

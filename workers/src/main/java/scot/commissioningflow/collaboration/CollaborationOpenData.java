package scot.commissioningflow.collaboration;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.collaboration.application.Applications;
import scot.commissioningflow.collaboration.application.JointApplication;
import scot.commissioningflow.collaboration.application.PartnerEntry;
import scot.commissioningflow.collaboration.grant.Grant;
import scot.commissioningflow.collaboration.round.Rounds;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.reporting.OpenDataContributor;
import scot.commissioningflow.reporting.OpenRelease;
import scot.commissioningflow.reporting.OpenRelease.Award;
import scot.commissioningflow.reporting.OpenRelease.Contract;
import scot.commissioningflow.reporting.OpenRelease.Organisation;
import scot.commissioningflow.reporting.OpenRelease.Stage;
import scot.commissioningflow.reporting.OpenRelease.Transaction;

/**
 * Each collaboration funding round as an open contracting process: public money given to organisations. Planning
 * when the round is announced (its purpose and budget); the round as the call for applications (the tender), with the
 * lead providers that applied once applications have closed; the grants (one award each, to the lead provider with
 * every partner as a supplier too, since every partner signs the grant agreement and spends its share of the budget);
 * each signed grant agreement as a contract; each stage payment as an implementation transaction from the funder to the
 * lead provider; and a clawback as a contract amendment (the grant stopped, with the funder's finding) whose repayment
 * is a transaction from the lead provider back to the funder.
 * <p>
 * A clawback is told that way, rather than as a payment with a negative amount, because OCDS 1.1 describes what a
 * transaction is (a payer, a payee and a value) but gives no meaning to a negative value, and a reader adding up what
 * each organisation paid and received should not need a convention of ours to do it.
 * <p>
 * Nothing about the people who use support is published: who shaped an application and how, who uses support and the
 * outcomes sought stay in the product; only organisations, amounts and dates are told.
 */
@Component
class CollaborationOpenData implements OpenDataContributor {

    private static final String KIND = "collaboration";

    private final JdbcTemplate jdbc;
    private final Applications applications;
    private final ContractRegister register;

    CollaborationOpenData(JdbcTemplate jdbc, Applications applications, ContractRegister register) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.register = register;
    }

    @Override
    public String processKind() {
        return KIND;
    }

    @Override
    public List<String> processIds() {
        return jdbc.queryForList("SELECT reference FROM collaboration_round ORDER BY created_at, id", String.class)
                .stream().map(reference -> KIND + "-" + reference).toList();
    }

    private record RoundRow(String reference, String title, String purpose, String funderCode, String funderName,
            BigDecimal budget, LocalDate closesOn, String status, Instant createdAt) {
    }

    private record GrantRow(String reference, String applicationReference, BigDecimal amount, Grant.Status status,
            BigDecimal clawbackAmount, String clawbackReason, Instant awardedAt, Instant clawedBackAt) {
    }

    private record Payment(int milestone, BigDecimal amount, Instant paidAt) {
    }

    @Override
    public Optional<ContractingProcess> process(String processId) {
        String reference = processId.startsWith(KIND + "-") ? processId.substring(KIND.length() + 1) : "";
        return jdbc.query("SELECT reference, title, purpose, funder_organisation, funder_name, budget, closes_on,"
                + " status, created_at FROM collaboration_round WHERE reference = ?", (r, n) -> new RoundRow(
                        r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getBigDecimal(6), r.getDate(7).toLocalDate(), r.getString(8),
                        r.getTimestamp(9).toInstant()), reference).stream().findFirst()
                .map(round -> new ContractingProcess(processId, releases(round)));
    }

    private List<OpenRelease> releases(RoundRow round) {
        Organisation funder = new Organisation("council", round.funderCode(), round.funderName());
        List<OpenRelease> releases = new ArrayList<>();
        releases.add(new OpenRelease("planning", round.createdAt(), Stage.PLANNING, funder,
                new OpenRelease.Planning(round.purpose(), round.budget()), null, List.of(), List.of(), List.of()));
        boolean closed = !round.status().equals("ANNOUNCED") && !round.status().equals("OPEN");
        List<Organisation> applicants = !closed ? List.of() : applications.inRound(round.reference(),
                JointApplication.Status.SUBMITTED, JointApplication.Status.INELIGIBLE,
                JointApplication.Status.ELIGIBLE, JointApplication.Status.AWARDED,
                JointApplication.Status.UNSUCCESSFUL).stream().map(a -> provider(a.lead())).toList();
        OpenRelease.Tender call = new OpenRelease.Tender(round.reference(), round.title(), round.purpose(),
                switch (round.status()) {
                    case "ANNOUNCED" -> "planned";
                    case "OPEN", "ASSESSING" -> "active";
                    default -> "complete";
                }, "open", "Grant funding round: joint applications from a lead provider for named partners, scored"
                        + " by a panel against the published criteria and funded down the ranking while the budget"
                        + " lasts", null, round.budget(), round.closesOn().plusDays(1).atStartOfDay(Rounds.SCOTLAND)
                                .toInstant(), null, null, applicants, null);
        releases.add(new OpenRelease("tender", round.createdAt(), Stage.TENDER, funder, null, call, List.of(),
                List.of(), List.of()));
        List<GrantRow> grants = grants(round.reference());
        if (grants.isEmpty()) {
            return releases;
        }
        List<Award> awards = new ArrayList<>();
        for (GrantRow grant : grants) {
            JointApplication application = applications.load(grant.applicationReference());
            awards.add(new Award(grant.reference(), application.title(), grant.status() == Grant.Status.LAPSED
                    ? "cancelled" : "active", grant.awardedAt(), grant.amount(), Stream.concat(
                            Stream.of(application.lead()), application.partners().stream()
                                    .filter(p -> !p.lead())).map(CollaborationOpenData::provider).toList(), null,
                    null));
        }
        releases.add(new OpenRelease("award", grants.stream().map(GrantRow::awardedAt).min(Comparator
                .naturalOrder()).orElseThrow(), Stage.AWARD, funder, null, null, awards, List.of(), List.of()));
        for (GrantRow grant : grants) {
            registered(grant.reference()).ifPresent(agreement -> releases.addAll(contractReleases(grant, agreement,
                    funder, provider(applications.load(grant.applicationReference()).lead()))));
        }
        releases.sort(Comparator.comparing(OpenRelease::date));
        return releases;
    }

    /** The signed agreement, each stage paid, and a clawback, each a release of its own. */
    private List<OpenRelease> contractReleases(GrantRow grant, RegisteredContractView agreement,
            Organisation funder, Organisation lead) {
        String ref = grant.reference();
        boolean ended = grant.status() == Grant.Status.COMPLETED || grant.status() == Grant.Status.CLAWED_BACK;
        String status = ended ? "terminated" : "active";
        List<OpenRelease> releases = new ArrayList<>();
        releases.add(new OpenRelease("contract-" + ref, agreement.registeredAt(), Stage.CONTRACT, funder, null, null,
                List.of(), List.of(contract(grant, agreement, status, List.of(), List.of())), List.of()));
        List<Transaction> paid = new ArrayList<>();
        for (Payment payment : payments(ref)) {
            paid.add(new Transaction("stage-" + payment.milestone(), payment.paidAt(), payment.amount(), funder,
                    lead));
            releases.add(new OpenRelease("payment-" + ref + "-" + payment.milestone(), payment.paidAt(),
                    Stage.IMPLEMENTATION, funder, null, null, List.of(), List.of(contract(grant, agreement, status,
                            List.of(), paid)), List.of()));
        }
        if (grant.status() == Grant.Status.CLAWED_BACK && grant.clawbackAmount() != null) {
            Instant at = grant.clawedBackAt() != null ? grant.clawedBackAt()
                    : releases.getLast().date();
            List<Transaction> withRepayment = new ArrayList<>(paid);
            withRepayment.add(new Transaction("repayment", at, grant.clawbackAmount(), lead, funder));
            OpenRelease.Amendment clawback = new OpenRelease.Amendment("clawback", LocalDate.ofInstant(at,
                    Rounds.SCOTLAND), grant.clawbackReason(), "The grant is stopped and "
                            + grant.clawbackAmount().toPlainString() + " GBP paid and not accounted for is to be"
                            + " repaid to the funder.");
            releases.add(new OpenRelease("clawback-" + ref, at, Stage.AMENDMENT, funder, null, null, List.of(),
                    List.of(contract(grant, agreement, "terminated", List.of(clawback), withRepayment)),
                    List.of()));
        }
        return releases;
    }

    private static Contract contract(GrantRow grant, RegisteredContractView agreement, String status,
            List<OpenRelease.Amendment> amendments, List<Transaction> transactions) {
        return new Contract(grant.reference(), grant.reference(), agreement.contract().title(), status,
                grant.amount(), agreement.contract().startDate(), agreement.contract().endDate(),
                agreement.registeredAt(), amendments, List.of(), transactions);
    }

    private List<GrantRow> grants(String roundReference) {
        return jdbc.query("SELECT g.reference, g.application_reference, g.amount, g.status, g.clawback_amount,"
                + " g.clawback_reason, g.awarded_at, (SELECT MIN(e.occurred_at) FROM audit_entry e WHERE e.action ="
                + " 'collaboration.grant-clawed-back' AND e.subject_type = 'collaboration-grant' AND"
                + " e.subject_reference = g.reference) FROM collaboration_grant g WHERE g.round_reference = ?"
                + " ORDER BY g.reference", (r, n) -> {
                    Timestamp clawedBack = r.getTimestamp(8);
                    return new GrantRow(r.getString(1), r.getString(2), r.getBigDecimal(3),
                            Grant.Status.valueOf(r.getString(4)), r.getBigDecimal(5), r.getString(6),
                            r.getTimestamp(7).toInstant(), clawedBack == null ? null : clawedBack.toInstant());
                }, roundReference);
    }

    private List<Payment> payments(String grantReference) {
        return jdbc.query("SELECT milestone_number, amount, paid_at FROM collaboration_stage_payment WHERE"
                + " grant_reference = ? ORDER BY milestone_number", (r, n) -> new Payment(r.getInt(1),
                        r.getBigDecimal(2), r.getTimestamp(3).toInstant()), grantReference);
    }

    private Optional<RegisteredContractView> registered(String grantReference) {
        try {
            return Optional.of(register.get(grantReference));
        } catch (NotFound notSigned) {
            return Optional.empty();
        }
    }

    private static Organisation provider(PartnerEntry partner) {
        return new Organisation("provider", partner.providerReference(), partner.name());
    }
}

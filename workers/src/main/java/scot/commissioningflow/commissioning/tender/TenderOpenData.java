package scot.commissioningflow.commissioning.tender;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.commissioningflow.commissioning.tender.TenderRequest.Participant;
import scot.commissioningflow.contracts.ContractRegister;
import scot.commissioningflow.contracts.RecordedVariation;
import scot.commissioningflow.contracts.RegisteredContractView;
import scot.commissioningflow.platform.web.NotFound;
import scot.commissioningflow.reporting.OpenDataContributor;
import scot.commissioningflow.reporting.OpenRelease;
import scot.commissioningflow.reporting.OpenRelease.Award;
import scot.commissioningflow.reporting.OpenRelease.Contract;
import scot.commissioningflow.reporting.OpenRelease.Organisation;
import scot.commissioningflow.reporting.OpenRelease.Stage;

/**
 * Each tender as an open contracting process: planning when the need is recorded, the tender once its route is chosen,
 * the award, the contract once it is in the register, each variation, and its implementation once it has started.
 * <p>
 * Only what a contract notice would say is published. The need's co-production is told by who took part (supported
 * people, carers), never in their words, which may name people; responses stay sealed, and so do who responded, until
 * the response deadline has passed.
 */
@Component
class TenderOpenData implements OpenDataContributor {

    private static final String KIND = "tender";

    private final JdbcTemplate jdbc;
    private final ContractRegister register;
    private final Clock clock;

    TenderOpenData(JdbcTemplate jdbc, ContractRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String processKind() {
        return KIND;
    }

    @Override
    public List<String> processIds() {
        return jdbc.queryForList("SELECT reference FROM tender ORDER BY created_at, id", String.class).stream()
                .map(reference -> KIND + "-" + reference).toList();
    }

    private record Row(String reference, String title, String need, BigDecimal value, LocalDate start, int months,
            String coProduction, TenderStatus status, ProcurementRoute route, Instant deadline, int round,
            Instant created, String buyerCode, String buyerName) {
    }

    private record Decision(String winnerReference, String winnerName, BigDecimal value, LocalDate decidedOn,
            String contractReference) {
    }

    @Override
    public Optional<ContractingProcess> process(String processId) {
        String reference = processId.startsWith(KIND + "-") ? processId.substring(KIND.length() + 1) : "";
        return jdbc.query("SELECT reference, title, need_description, estimated_value_ex_vat, contract_start_date,"
                + " contract_months, co_production, status, procurement_route, response_deadline, round_number,"
                + " created_at, buyer_organisation, commissioning_body FROM tender WHERE reference = ?",
                TenderOpenData::row, reference).stream().findFirst().map(row -> new ContractingProcess(processId,
                        releases(row)));
    }

    private List<OpenRelease> releases(Row t) {
        Organisation buyer = new Organisation("council", t.buyerCode() == null ? t.buyerName() : t.buyerCode(),
                t.buyerName());
        List<OpenRelease> releases = new ArrayList<>();
        releases.add(new OpenRelease("planning", t.created(), Stage.PLANNING, buyer, new OpenRelease.Planning(
                planningRationale(t), t.value()), null, List.of(), List.of(), List.of()));
        if (t.route() == null) {
            return releases;
        }
        LocalDate end = t.start().plusMonths(t.months()).minusDays(1);
        boolean sealed = t.status().responsesSealed();
        List<Organisation> tenderers = sealed ? List.of() : jdbc.query("SELECT provider_reference, provider_name"
                + " FROM provider_response WHERE tender_reference = ? AND round_number = ? ORDER BY submitted_at",
                (r, n) -> new Organisation("provider", r.getString(1), r.getString(2)), t.reference(), t.round());
        OpenRelease.Tender tender = new OpenRelease.Tender(t.reference(), t.title(), t.need(), tenderStatus(
                t.status()), method(t.route()), TenderMeasures.words(t.route()), rationale(t.route()), t.value(),
                t.deadline(), t.start(), end, tenderers, null);
        // The route is chosen as the need is recorded; the tender release is dated then.
        releases.add(new OpenRelease("tender", t.created(), Stage.TENDER, buyer, null, tender, List.of(), List.of(),
                List.of()));
        Optional<Decision> decision = jdbc.query("SELECT winner_reference, winner_name, contract_value, decided_on,"
                + " contract_reference FROM award_decision WHERE tender_reference = ?", (r, n) -> new Decision(
                        r.getString(1), r.getString(2), r.getBigDecimal(3), r.getDate(4).toLocalDate(),
                        r.getString(5)), t.reference()).stream().findFirst();
        if (decision.isEmpty()) {
            return releases;
        }
        Decision d = decision.get();
        Organisation winner = new Organisation("provider", d.winnerReference(), d.winnerName());
        Award award = new Award("award", t.title(), awardStatus(t.status()), instant(d.decidedOn()), d.value(),
                List.of(winner), t.start(), end);
        releases.add(new OpenRelease("award", instant(d.decidedOn()), Stage.AWARD, buyer, null, null,
                List.of(award), List.of(), List.of()));
        Optional<RegisteredContractView> registered = registered(d.contractReference());
        if (registered.isEmpty()) {
            return releases;
        }
        RegisteredContractView view = registered.get();
        LocalDate today = LocalDate.now(clock);
        String status = view.contract().endDate() != null && view.contract().endDate().isBefore(today)
                ? "terminated" : "active";
        Contract signed = contract(view, status, List.of(), List.of());
        releases.add(new OpenRelease("contract", view.registeredAt(), Stage.CONTRACT, buyer, null, null,
                List.of(award), List.of(signed), List.of()));
        List<OpenRelease.Amendment> amendments = new ArrayList<>();
        int number = 0;
        for (RecordedVariation variation : view.variations()) {
            number++;
            amendments.add(new OpenRelease.Amendment(variation.documentReference(), variation.effectiveFrom(),
                    variation.reason(), "Annual value before this variation: " + variation.annualValueBefore()));
            releases.add(new OpenRelease("amendment-" + number, instant(variation.effectiveFrom()), Stage.AMENDMENT,
                    buyer, null, null, List.of(), List.of(contract(view, status, amendments, List.of())),
                    List.of()));
        }
        if (!view.contract().startDate().isAfter(today)) {
            List<OpenRelease.Milestone> milestones = new ArrayList<>();
            milestones.add(new OpenRelease.Milestone("service-starts", "Service starts", "delivery",
                    view.contract().startDate(), view.contract().startDate(), "met"));
            if (view.contract().endDate() != null) {
                boolean ended = view.contract().endDate().isBefore(today);
                milestones.add(new OpenRelease.Milestone("contract-ends", "Contract ends", "delivery",
                        view.contract().endDate(), ended ? view.contract().endDate() : null, ended ? "met"
                                : "scheduled"));
            }
            releases.add(new OpenRelease("implementation", instant(view.contract().startDate()),
                    Stage.IMPLEMENTATION, buyer, null, null, List.of(), List.of(contract(view, status, amendments,
                            milestones)), List.of()));
        }
        releases.sort(java.util.Comparator.comparing(OpenRelease::date));
        return releases;
    }

    private Optional<RegisteredContractView> registered(String contractReference) {
        if (contractReference == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(register.get(contractReference));
        } catch (NotFound notYet) {
            return Optional.empty();
        }
    }

    private static Contract contract(RegisteredContractView view, String status,
            List<OpenRelease.Amendment> amendments, List<OpenRelease.Milestone> milestones) {
        return new Contract(view.contract().reference(), "award", view.contract().title(), status,
                view.contract().annualValue(), view.contract().startDate(), view.contract().endDate(), null,
                amendments, milestones);
    }

    /** Who shaped the need, by kind of participant only: their own words may name people. */
    private static String planningRationale(Row t) {
        List<String> who = Arrays.stream(Participant.values())
                .filter(p -> t.coProduction() != null && t.coProduction().contains("\"" + p.name() + "\""))
                .map(p -> p.name().toLowerCase(Locale.UK).replace('_', ' ')).toList();
        return "Need recorded by " + t.buyerName() + (who.isEmpty() ? "." : "; shaped with " + String.join(", ",
                who) + ".");
    }

    private static String tenderStatus(TenderStatus status) {
        return switch (status) {
            case NEED_RECORDED, ROUTE_CHOSEN -> "planned";
            case OPEN_FOR_RESPONSES, EVALUATING, AWARD_DECIDED, STANDSTILL, CHALLENGED -> "active";
            case AWARDED, CONTRACT_LIVE, CONTRACT_NOT_SIGNED -> "complete";
            case NO_COMPLIANT_RESPONSES -> "unsuccessful";
            case CANCELLED -> "cancelled";
        };
    }

    private static String awardStatus(TenderStatus status) {
        return switch (status) {
            case AWARDED, CONTRACT_LIVE -> "active";
            case CONTRACT_NOT_SIGNED, CANCELLED -> "cancelled";
            default -> "pending";
        };
    }

    private static String method(ProcurementRoute route) {
        return switch (route) {
            case DIRECT_AWARD_S12, DIRECT_AWARD_BELOW_THRESHOLD -> "direct";
            case QUICK_QUOTE -> "limited";
            case REGULATED, LIGHT_TOUCH, ABOVE_GPA -> "open";
        };
    }

    private static String rationale(ProcurementRoute route) {
        return switch (route) {
            case DIRECT_AWARD_S12 -> "A health or social care contract awarded without seeking offers"
                    + " (Procurement Reform (Scotland) Act 2014 s.12).";
            case DIRECT_AWARD_BELOW_THRESHOLD -> "An existing service continues below the regulated procurement"
                    + " threshold.";
            default -> null;
        };
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Row row(ResultSet r, int number) throws SQLException {
        Timestamp deadline = r.getTimestamp("response_deadline");
        String route = r.getString("procurement_route");
        return new Row(r.getString("reference"), r.getString("title"), r.getString("need_description"),
                r.getBigDecimal("estimated_value_ex_vat"), r.getDate("contract_start_date").toLocalDate(),
                r.getInt("contract_months"), r.getString("co_production"),
                TenderStatus.valueOf(r.getString("status")), route == null ? null : ProcurementRoute.valueOf(route),
                deadline == null ? null : deadline.toInstant(), r.getInt("round_number"),
                r.getTimestamp("created_at").toInstant(), r.getString("buyer_organisation"),
                r.getString("commissioning_body"));
    }
}

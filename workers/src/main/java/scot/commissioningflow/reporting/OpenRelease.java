package scot.commissioningflow.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What was known about a contracting process at one stage, in the words of OCDS 1.1 but without its plumbing: the
 * organisations are named where they act (buyer, tenderers, suppliers) and {@code reporting.opendata} gathers them into
 * {@code parties}; amounts are in pounds sterling.
 *
 * @param id               unique within the process (say {@code award} or {@code amendment-2}); the published release
 *                         id is made from the ocid and this
 * @param date             when this was first recorded
 * @param stage            what the release tells
 * @param buyer            the council or partnership whose budget pays
 * @param planning         null where not told
 * @param tender           null where not told
 * @param awards           empty where none
 * @param contracts        empty where none
 * @param relatedProcesses empty where none: a call-off names its framework here
 */
public record OpenRelease(String id, Instant date, Stage stage, Organisation buyer, Planning planning, Tender tender,
        List<Award> awards, List<Contract> contracts, List<RelatedProcess> relatedProcesses) {

    public OpenRelease {
        awards = List.copyOf(awards);
        contracts = List.copyOf(contracts);
        relatedProcesses = List.copyOf(relatedProcesses);
    }

    /** The OCDS release tag each stage is published with. */
    public enum Stage {
        PLANNING("planning"),
        TENDER("tender"),
        AWARD("award"),
        CONTRACT("contract"),
        AMENDMENT("contractAmendment"),
        IMPLEMENTATION("implementation"),
        TERMINATION("contractTermination");

        private final String tag;

        Stage(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    /**
     * An organisation as the product knows it: a council or partnership by its code, a provider by its reference.
     *
     * @param scheme {@code council} or {@code provider}: with the id it makes the party id unique
     */
    public record Organisation(String scheme, String id, String name) {
    }

    public record Planning(String rationale, BigDecimal budget) {
    }

    /**
     * @param status                 an OCDS tender status ({@code planned}, {@code active}, {@code complete},
     *                               {@code cancelled}, {@code unsuccessful})
     * @param method                 an OCDS method ({@code open}, {@code selective}, {@code limited}, {@code direct})
     * @param methodDetails          the route in our words (light-touch, Act s.12 direct award)
     * @param techniques             null unless a framework agreement or dynamic purchasing system is involved
     */
    public record Tender(String id, String title, String description, String status, String method,
            String methodDetails, String methodRationale, BigDecimal value, Instant tenderPeriodEnd,
            LocalDate contractStart, LocalDate contractEnd, List<Organisation> tenderers, Techniques techniques) {

        public Tender {
            tenderers = List.copyOf(tenderers);
        }
    }

    /**
     * The OCDS techniques extension.
     *
     * @param frameworkMethod {@code withReopeningCompetition}, {@code withoutReopeningCompetition},
     *                        {@code withAndWithoutReopeningCompetition}, or null
     */
    public record Techniques(boolean hasFrameworkAgreement, String frameworkMethod,
            boolean hasDynamicPurchasingSystem) {
    }

    /** @param id unique within the process; the published id is made unique across processes */
    public record Award(String id, String title, String status, Instant date, BigDecimal value,
            List<Organisation> suppliers, LocalDate contractStart, LocalDate contractEnd) {

        public Award {
            suppliers = List.copyOf(suppliers);
        }
    }

    /**
     * @param id           unique within the process; the published id is made unique across processes
     * @param transactions money paid under the contract (its implementation), oldest first; empty where none is told
     */
    public record Contract(String id, String awardId, String title, String status, BigDecimal value,
            LocalDate start, LocalDate end, Instant dateSigned, List<Amendment> amendments,
            List<Milestone> implementation, List<Transaction> transactions) {

        public Contract {
            amendments = List.copyOf(amendments);
            implementation = List.copyOf(implementation);
            transactions = List.copyOf(transactions);
        }

        /** A contract whose payments are not told. */
        public Contract(String id, String awardId, String title, String status, BigDecimal value, LocalDate start,
                LocalDate end, Instant dateSigned, List<Amendment> amendments, List<Milestone> implementation) {
            this(id, awardId, title, status, value, start, end, dateSigned, amendments, implementation, List.of());
        }
    }

    /**
     * A payment under a contract: OCDS 1.1 {@code implementation.transactions}. Money going back (a grant clawed
     * back) is a transaction of its own from the one repaying to the one repaid, with a positive amount, rather than a
     * negative amount: OCDS gives a transaction a payer and a payee, and a reader adding up what each organisation
     * paid and received then needs no sign convention.
     *
     * @param id unique within the contract (say {@code stage-2})
     */
    public record Transaction(String id, Instant date, BigDecimal amount, Organisation payer, Organisation payee) {
    }

    public record Amendment(String id, LocalDate date, String rationale, String description) {
    }

    /** @param status {@code scheduled}, {@code met}, {@code notMet} or {@code partiallyMet} */
    public record Milestone(String id, String title, String type, LocalDate dueDate, LocalDate dateMet,
            String status) {
    }

    /**
     * Another process this one belongs to or follows from.
     *
     * @param relationship an OCDS related-process code: {@code framework} for a call-off's framework
     * @param processId    the other process's id as its contributor gives it
     */
    public record RelatedProcess(String id, String relationship, String title, String processId) {
    }
}

package scot.commissioningflow.commissioning.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.commissioning.TenderViews;
import scot.commissioningflow.commissioning.award.AwardView;
import scot.commissioningflow.commissioning.contract.OutcomeBasedContractFields.FairWorkTerms;
import scot.commissioningflow.commissioning.tender.ProcurementRoute;
import scot.commissioningflow.commissioning.tender.TenderStatus;
import scot.commissioningflow.fairwork.DeclaredAction;
import scot.commissioningflow.fairwork.FairWorkDeclaration;
import scot.commissioningflow.fairwork.WorkerVoice;
import scot.commissioningflow.fairwork.ZeroHoursUse;

/** The contract's fields in the words a contract uses, from the tender, the award and the winner's declaration. */
class OutcomeBasedContractFieldsTest {

    private static final AwardView AWARD = new AwardView("TND-1", "PRV-SPEY", "Spey Support",
            new BigDecimal("400000.00"), new BigDecimal("27.50"), List.of(), "Highest score", "morag.fraser",
            LocalDate.of(2026, 12, 15), null, LocalDate.of(2027, 1, 14), null, null, null, null, 7L,
            "tenders@spey.example.org");

    @Test
    void theTenderAndTheAwardFillTheContractInPoundsAndDates() {
        OutcomeBasedContractFields fields = OutcomeBasedContractFields.of("TND-1-C1",
                TenderViews.careAtHome("TND-1", TenderStatus.AWARDED, null), AWARD, FairWorkTerms.imposed());

        assertThat(fields.contractReference()).isEqualTo("TND-1-C1");
        assertThat(fields.procurementRoute())
                .isEqualTo("a regulated procurement under the Procurement Reform (Scotland) Act 2014");
        assertThat(fields.contractValue()).isEqualTo("£400,000.00");
        assertThat(fields.hourlyRate()).isEqualTo("£27.50");
        assertThat(fields.startDate()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(fields.endDate()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(fields.coProductionSummary()).isEqualTo("Supported people (Three workshops in Aviemore);"
                + " Unpaid carers (Carers' centre survey)");
        assertThat(fields.providerEmail()).isEqualTo("tenders@spey.example.org");
        assertThat(fields.commissionerEmail()).isEqualTo("morag.fraser@example.scot");
        assertThat(fields.outcomes()).extracting(o -> o.indicator()).containsExactly(
                "Share still at home after 12 months");
    }

    @Test
    void theWinnersDeclarationBecomesTheFairWorkClause() {
        Map<String, BigDecimal> pay = new LinkedHashMap<>();
        pay.put("support worker", new BigDecimal("13.45"));
        pay.put("senior support worker", new BigDecimal("14.95"));
        FairWorkDeclaration declared = new FairWorkDeclaration(pay, new BigDecimal("13.45"),
                ZeroHoursUse.WORKER_CHOICE_ONLY, WorkerVoice.RECOGNISED_TRADE_UNION,
                "Recognition agreement with UNISON", new DeclaredAction(true, "SVQ3 funded"),
                new DeclaredAction(true, "Published plan"), true, false, true, false, null);

        FairWorkTerms terms = FairWorkTerms.declared(declared, "Meets every criterion.");

        assertThat(terms.payCommitment()).isEqualTo("hourly pay of at least senior support worker £14.95, support"
                + " worker £13.45; every sleepover hour paid at £13.45.");
        assertThat(terms.workerVoice()).isEqualTo("Recognised trade union: Recognition agreement with UNISON");
        assertThat(terms.fairWorkSummary()).isEqualTo("Meets every criterion.");
        assertThat(terms.flowsDownToSubcontractors()).isTrue();
        assertThat(terms.flowsDownToAgencyStaff()).isFalse();
    }

    @Test
    void withoutSleepoversTheClauseSaysNoneAreWorked() {
        FairWorkDeclaration declared = new FairWorkDeclaration(Map.of("support worker", new BigDecimal("13.45")),
                null, ZeroHoursUse.NONE, WorkerVoice.OTHER_CHANNEL, null, new DeclaredAction(true, null),
                new DeclaredAction(true, null), true, false, true, true, null);

        FairWorkTerms terms = FairWorkTerms.declared(declared, "Meets every criterion.");

        assertThat(terms.payCommitment()).endsWith("; no sleepovers are worked.");
        assertThat(terms.workerVoice()).isEqualTo("Other channel");
    }

    @Test
    void aDirectAwardImposesTheTermsAndNamesItsRoute() {
        OutcomeBasedContractFields s12 = OutcomeBasedContractFields.of("TND-1-C1", TenderViews.careAtHome("TND-1",
                TenderStatus.AWARD_DECIDED, null, ProcurementRoute.DIRECT_AWARD_S12, null), AWARD,
                FairWorkTerms.imposed());
        OutcomeBasedContractFields small = OutcomeBasedContractFields.of("TND-1-C1", TenderViews.careAtHome("TND-1",
                TenderStatus.AWARD_DECIDED, null, ProcurementRoute.DIRECT_AWARD_BELOW_THRESHOLD, null), AWARD,
                FairWorkTerms.imposed());

        assertThat(s12.procurementRoute())
                .isEqualTo("a direct award under section 12 of the Procurement Reform (Scotland) Act 2014");
        assertThat(small.procurementRoute()).doesNotContain("section 12").contains("below the regulated");
        assertThat(s12.payCommitment()).contains("adult social care minimum pay in force");
        assertThat(s12.flowsDownToSubcontractors()).isTrue();
        assertThat(s12.flowsDownToAgencyStaff()).isTrue();
    }
}

package scot.commissioningflow.fairwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.commissioningflow.fairwork.Criterion;
import scot.commissioningflow.fairwork.Declarations;
import scot.commissioningflow.fairwork.FairWorkContext;
import scot.commissioningflow.fairwork.Verdict;
import scot.commissioningflow.fairwork.referencedata.FiguresAsLoaded;
import scot.commissioningflow.platform.web.InvalidInput;

/**
 * The rules at every boundary, against the figures the migrations load (held in memory: no Spring, no database).
 * Storing checks, officers' reviews and the API answers are checked in {@link FairWorkCheckJourneyTest}.
 */
class FairWorkRulesTest {

    private final FairWorkAssessor assessor = new FairWorkAssessor(FiguresAsLoaded.figures());
    private final CheckInputs inputs = new CheckInputs(assessor);

    @Test
    void theDayBeforeTheAdultSocialCareMinimumRisesTheOldRateIsEnough() {
        var result = check(FairWorkContext.TENDER, "2026-03-31", Declarations.meetingEverything(12.60));
        assertThat(result.outcome()).isEqualTo(Verdict.MET);
        assertThat(pay(result).reason()).contains("the adult social care minimum of £12.60 that applies from"
                + " 1 April 2025");
    }

    @Test
    void onTheDayTheAdultSocialCareMinimumRisesTheOldRateFails() {
        var result = check(FairWorkContext.TENDER, "2026-04-01", Declarations.meetingEverything(12.60));
        assertThat(result.outcome()).isEqualTo(Verdict.NOT_MET);
        assertThat(pay(result).reason()).isEqualTo("Support worker pay of £12.60 an hour is 85p below the adult"
                + " social care minimum of £13.45 that applies from 1 April 2026.");
    }

    @Test
    void payExactlyAtTheFloorMeetsIt() {
        assertThat(check(FairWorkContext.TENDER, "2026-04-01", Declarations.meetingEverything(13.45)).outcome())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void payOnePennyUnderTheFloorFailsWithTheReasonAnOfficerReads() {
        var result = check(FairWorkContext.TENDER, "2026-04-01", Declarations.meetingEverything(13.44));
        assertThat(result.outcome()).isEqualTo(Verdict.NOT_MET);
        assertThat(pay(result).reason()).isEqualTo("Support worker pay of £13.44 an hour is 1p below the adult"
                + " social care minimum of £13.45 that applies from 1 April 2026.");
        assertThat(result.summary()).isEqualTo("Fair work conditions are not met for a tender starting 1 April 2026:"
                + " the mandatory criterion Payment of at least the real Living Wage is not met. Every scored"
                + " criterion is met.");
    }

    @Test
    void everyRoleIsCheckedAndEachShortfallNamed() {
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.45), "hourlyPayByRole",
                Map.of("Support worker", 13.45, "night support worker", 12.00));
        var result = check(FairWorkContext.TENDER, "2026-04-01", declaration);
        assertThat(pay(result).reason()).isEqualTo("Night support worker pay of £12.00 an hour is £1.45 below the"
                + " adult social care minimum of £13.45 that applies from 1 April 2026.");
    }

    @Test
    void everySleepoverHourIsPaidAtLeastTheRealLivingWage() {
        Map<String, Object> atFloor = Declarations.with(Declarations.meetingEverything(13.45),
                "sleepoverHourlyPay", 12.60);
        // The real Living Wage set in October 2025 (£13.45) must be paid from 1 May 2026.
        assertThat(check(FairWorkContext.TENDER, "2026-04-30", atFloor).outcome()).isEqualTo(Verdict.MET);
        var onTheDay = check(FairWorkContext.TENDER, "2026-05-01", atFloor);
        assertThat(onTheDay.outcome()).isEqualTo(Verdict.NOT_MET);
        assertThat(pay(onTheDay).reason()).isEqualTo("Sleepover pay of £12.60 an hour is 85p below the real Living"
                + " Wage of £13.45 that applies to every sleepover hour from 1 May 2026.");

        Map<String, Object> onePennyUnder = Declarations.with(atFloor, "sleepoverHourlyPay", 12.59);
        assertThat(pay(check(FairWorkContext.TENDER, "2026-04-30", onePennyUnder)).reason())
                .isEqualTo("Sleepover pay of £12.59 an hour is 1p below the real Living Wage of £12.60 that applies"
                        + " to every sleepover hour from 1 May 2025.");
    }

    @Test
    void payCommitmentsMustReachSubContractorsAndAgencyStaff() {
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.45),
                "flowsDownToAgencyStaff", false);
        var result = check(FairWorkContext.FRAMEWORK_ADMISSION, "2026-04-01", declaration);
        assertThat(result.outcome()).isEqualTo(Verdict.NOT_MET);
        assertThat(pay(result).reason()).isEqualTo("The provider does not commit to paying agency staff at least"
                + " the same floor.");
    }

    /** Each criterion failed on its own, in each context: mandatory ones fail the check, scored ones do not. */
    @ParameterizedTest(name = "{0} failing in {1} on {2} gives {3}")
    @CsvSource({
            "REAL_LIVING_WAGE, TENDER, 2026-04-01, NOT_MET",
            "REAL_LIVING_WAGE, FRAMEWORK_ADMISSION, 2026-04-01, NOT_MET",
            "REAL_LIVING_WAGE, ISF, 2026-04-01, NOT_MET",
            "REAL_LIVING_WAGE, GRANT, 2026-04-01, NOT_MET",
            "EFFECTIVE_VOICE, TENDER, 2026-04-01, MET",
            "EFFECTIVE_VOICE, FRAMEWORK_ADMISSION, 2026-04-01, MET",
            "EFFECTIVE_VOICE, ISF, 2026-04-01, MET",
            "EFFECTIVE_VOICE, GRANT, 2023-06-30, MET",
            "EFFECTIVE_VOICE, GRANT, 2023-07-01, NOT_MET",
            "REAL_LIVING_WAGE, GRANT, 2023-06-30, MET",
            "REAL_LIVING_WAGE, GRANT, 2023-07-01, NOT_MET",
            "WORKFORCE_DEVELOPMENT, TENDER, 2026-04-01, MET",
            "WORKFORCE_DEVELOPMENT, GRANT, 2026-04-01, MET",
            "NO_INAPPROPRIATE_ZERO_HOURS, TENDER, 2026-04-01, MET",
            "NO_INAPPROPRIATE_ZERO_HOURS, ISF, 2026-04-01, MET",
            "GENDER_PAY_GAP, FRAMEWORK_ADMISSION, 2026-04-01, MET",
            "GENDER_PAY_GAP, GRANT, 2026-04-01, MET",
            "FLEXIBLE_WORKING, TENDER, 2026-04-01, MET",
            "FLEXIBLE_WORKING, GRANT, 2026-04-01, MET",
            "NO_FIRE_AND_REHIRE, TENDER, 2026-04-01, MET",
            "NO_FIRE_AND_REHIRE, ISF, 2026-04-01, MET"
    })
    void eachCriterionCountsAsItsContextSays(Criterion failing, FairWorkContext context, LocalDate startDate,
            Verdict expected) {
        Map<String, Object> declaration = failing(failing, startDate);
        if (context == FairWorkContext.GRANT) {
            declaration.put("cumulativeGrantFunding", 25000);
        }
        var result = check(context, startDate.toString(), declaration);

        CriterionResult criterion = result.results().stream().filter(r -> r.criterion() == failing).findFirst()
                .orElseThrow();
        assertThat(criterion.result()).isEqualTo(Verdict.NOT_MET);
        assertThat(criterion.mandatory()).isEqualTo(expected == Verdict.NOT_MET);
        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.results().stream().filter(r -> r.criterion() != failing))
                .allMatch(r -> r.result() == Verdict.MET);
    }

    @Test
    void zeroHoursContractsAtWorkersOwnChoiceAreNotInappropriate() {
        var result = check(FairWorkContext.TENDER, "2026-04-01", Declarations.with(
                Declarations.meetingEverything(13.45), "zeroHoursContracts", "WORKER_CHOICE_ONLY"));
        assertThat(of(result, Criterion.NO_INAPPROPRIATE_ZERO_HOURS).result()).isEqualTo(Verdict.MET);
    }

    @Test
    void underOneHundredThousandPoundsAGrantSelfDeclarationIsEnough() {
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.45),
                "cumulativeGrantFunding", 99999.99);
        var result = check(FairWorkContext.GRANT, "2026-04-01", declaration);
        assertThat(result.outcome()).isEqualTo(Verdict.MET);
        assertThat(pay(result).reason()).endsWith("A self-declaration is enough because cumulative grant funding of"
                + " £99,999.99 is under £100,000.00.");
    }

    @Test
    void atOneHundredThousandPoundsAGrantNeedsEvidenceAnOfficerReviews() {
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.45),
                "cumulativeGrantFunding", 100000);
        var result = check(FairWorkContext.GRANT, "2026-04-01", declaration);
        assertThat(result.outcome()).isEqualTo(Verdict.NOT_EVIDENCED);
        assertThat(of(result, Criterion.REAL_LIVING_WAGE).result()).isEqualTo(Verdict.NOT_EVIDENCED);
        assertThat(of(result, Criterion.EFFECTIVE_VOICE).result()).isEqualTo(Verdict.NOT_EVIDENCED);
        assertThat(of(result, Criterion.EFFECTIVE_VOICE).reason()).endsWith("Cumulative grant funding of £100,000.00"
                + " is not under £100,000.00, so a self-declaration is not enough: an officer must see evidence.");
        assertThat(of(result, Criterion.FLEXIBLE_WORKING).result()).isEqualTo(Verdict.MET);
    }

    @Test
    void anUndescribedVoiceChannelIsNotEvidenced() {
        Map<String, Object> declaration = Declarations.with(Declarations.meetingEverything(13.45), "workerVoice",
                "OTHER_CHANNEL");
        declaration.put("cumulativeGrantFunding", 5000);
        var result = check(FairWorkContext.GRANT, "2026-04-01", declaration);
        assertThat(result.outcome()).isEqualTo(Verdict.NOT_EVIDENCED);
        assertThat(of(result, Criterion.EFFECTIVE_VOICE).reason()).isEqualTo("The provider says workers are heard"
                + " through a channel other than a trade union but does not describe it.");

        declaration.put("workerVoiceDescription", "An elected staff forum meets the board every quarter.");
        assertThat(check(FairWorkContext.GRANT, "2026-04-01", declaration).outcome()).isEqualTo(Verdict.MET);
    }

    @Test
    void aValueRefusedForWhatItHoldsIsNotAlsoMissingAndOtherVariablesAreIgnored() {
        Map<String, Object> input = new HashMap<>();
        input.put("fairWorkCheckKey", "FW-RULES-1");
        input.put("fairWorkContext", "TENDER");
        input.put("contractStartDate", "2026-04-01");
        input.put("businessKey", "TND-1");
        input.put("fairWorkDeclaration", Declarations.with(Declarations.meetingEverything(13.45),
                "zeroHoursContracts", "SOMETIMES"));
        assertThatThrownBy(() -> inputs.read(TypedReader.tree(input)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("The request has a problem: fairWorkDeclaration.zeroHoursContracts must be one of NONE,"
                        + " WORKER_CHOICE_ONLY, USED, not SOMETIMES.");
    }

    @Test
    void aRoleWithNoNameOrPayInFractionsOfAPennyIsRefused() {
        Map<String, Object> pay = new HashMap<>();
        pay.put(" ", 13.45);
        pay.put("Support worker", 13.455);
        Map<String, Object> input = new HashMap<>();
        input.put("fairWorkCheckKey", "FW-RULES-2");
        input.put("fairWorkContext", "TENDER");
        input.put("contractStartDate", "2026-04-01");
        input.put("fairWorkDeclaration", Declarations.with(Declarations.meetingEverything(13.45), "hourlyPayByRole",
                pay));
        assertThatThrownBy(() -> inputs.read(TypedReader.tree(input)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("fairWorkDeclaration.hourlyPayByRole has a role with no name")
                .hasMessageContaining("fairWorkDeclaration.hourlyPayByRole.Support worker must be an amount in pounds"
                        + " and pence such as 13.45, not 13.455");
    }

    @Test
    void aCheckWithNoInputsNamesEachOne() {
        Map<String, Object> nothing = new HashMap<>();
        nothing.put("fairWorkContext", "AUCTION");
        nothing.put("contractStartDate", "1 April");
        assertThatThrownBy(() -> inputs.read(TypedReader.tree(nothing)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("fairWorkCheckKey is required")
                .hasMessageContaining("fairWorkContext must be one of TENDER, FRAMEWORK_ADMISSION, ISF, GRANT")
                .hasMessageContaining("contractStartDate must be a date such as 2026-04-01, not 1 April")
                .hasMessageContaining("fairWorkDeclaration is required");
    }

    private static Map<String, Object> failing(Criterion criterion, LocalDate startDate) {
        Map<String, Object> declaration = Declarations.meetingEverything(
                startDate.isBefore(LocalDate.of(2024, 4, 1)) ? 10.90 : 13.45);
        return switch (criterion) {
            case REAL_LIVING_WAGE -> Declarations.with(declaration, "hourlyPayByRole", Map.of("Support worker", 9.00));
            case EFFECTIVE_VOICE -> Declarations.with(declaration, "workerVoice", "NONE");
            case WORKFORCE_DEVELOPMENT -> Declarations.with(declaration, "workforceDevelopment", false);
            case NO_INAPPROPRIATE_ZERO_HOURS -> Declarations.with(declaration, "zeroHoursContracts", "USED");
            case GENDER_PAY_GAP -> Declarations.with(declaration, "genderPayGapAction", false);
            case FLEXIBLE_WORKING -> Declarations.with(declaration, "flexibleWorkingFromDayOne", false);
            case NO_FIRE_AND_REHIRE -> Declarations.with(declaration, "fireAndRehire", true);
        };
    }

    private FairWorkAssessor.Assessment check(FairWorkContext context, String startDate,
            Map<String, Object> declaration) {
        Map<String, Object> input = new HashMap<>();
        input.put("fairWorkCheckKey", "FW-RULES-" + UUID.randomUUID());
        input.put("fairWorkContext", context.name());
        input.put("contractStartDate", startDate);
        input.put("fairWorkDeclaration", declaration);
        return assessor.assess(inputs.read(TypedReader.tree(input)));
    }

    private static CriterionResult pay(FairWorkAssessor.Assessment result) {
        return of(result, Criterion.REAL_LIVING_WAGE);
    }

    private static CriterionResult of(FairWorkAssessor.Assessment result, Criterion criterion) {
        List<CriterionResult> matching = result.results().stream().filter(r -> r.criterion() == criterion).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

}

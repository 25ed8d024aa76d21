package scot.commissioningflow.isf.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.isf.Caller;
import scot.commissioningflow.isf.CallerRole;
import scot.commissioningflow.isf.Forbidden;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.LegalAuthority;
import scot.commissioningflow.isf.fund.NewIsf;
import scot.commissioningflow.isf.fund.Representative;
import scot.commissioningflow.platform.web.NotFound;

/** Who may see an ISF and who may act on it, with no database: the agreement history is a stand-in. */
class IsfAccessTest {

    private static final Caller SOCIAL_WORKER = new Caller("sam.social", CallerRole.SOCIAL_WORKER, null);
    private static final Caller COMMISSIONER = new Caller("chris.commissioner", CallerRole.COMMISSIONER, null);
    private static final Caller PERSON = new Caller("morag.grant", CallerRole.PERSON, null);
    private static final Caller SOMEONE_ELSE = new Caller("hamish.dunn", CallerRole.PERSON, null);
    private static final Caller ATTORNEY = new Caller("fiona.brodie", CallerRole.REPRESENTATIVE, null);
    private static final Caller OTHER_REPRESENTATIVE = new Caller("someone.else", CallerRole.REPRESENTATIVE, null);
    private static final Caller CHOSEN = new Caller("pat.provider", CallerRole.PROVIDER, "PRV-CHOSEN");
    private static final Caller EARLIER = new Caller("pat.provider", CallerRole.PROVIDER, "PRV-EARLIER");
    private static final Caller STRANGER = new Caller("pat.provider", CallerRole.PROVIDER, "PRV-STRANGER");

    private final AgreementHistory history = mock(AgreementHistory.class);
    private final IsfAccess access = new IsfAccess(history);
    private final IndividualServiceFund isf = fund();

    IsfAccessTest() {
        when(history.providersOf(isf.id())).thenReturn(List.of("PRV-EARLIER"));
    }

    @Test
    void theCouncilSeesEveryFundThePersonAndTheirRepresentativeSeeTheirOwn() {
        assertThat(access.canSee(isf, SOCIAL_WORKER)).isTrue();
        assertThat(access.canSee(isf, COMMISSIONER)).isTrue();
        assertThat(access.canSee(isf, PERSON)).isTrue();
        assertThat(access.canSee(isf, ATTORNEY)).isTrue();
        assertThat(access.canSee(isf, SOMEONE_ELSE)).isFalse();
        assertThat(access.canSee(isf, OTHER_REPRESENTATIVE)).isFalse();
    }

    @Test
    void aProviderSeesTheFundsItIsChosenForOrHeldAnAgreementForAndNoOthers() {
        assertThat(access.canSee(isf, CHOSEN)).isTrue();
        assertThat(access.canSee(isf, EARLIER)).isTrue();
        assertThat(access.canSee(isf, STRANGER)).isFalse();
    }

    @Test
    void aFundSomeoneMayNotSeeIsAnsweredAsNotThere() {
        assertThatThrownBy(() -> access.visibleTo(isf, SOMEONE_ELSE)).isInstanceOf(NotFound.class)
                .hasMessage("There is no individual service fund ISF-TEST0001 that you can see.");
        assertThatThrownBy(() -> access.requireDirecting(isf, STRANGER, "change the provider"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void onlyThePersonTheirRepresentativeOrTheirSocialWorkerDirectTheSupport() {
        access.requireDirecting(isf, PERSON, "change the provider");
        access.requireDirecting(isf, ATTORNEY, "change the provider");
        access.requireDirecting(isf, SOCIAL_WORKER, "change the provider");
        assertThatThrownBy(() -> access.requireDirecting(isf, CHOSEN, "change the provider"))
                .isInstanceOf(Forbidden.class).hasMessage("Only the person, their legal representative or their "
                        + "social worker can change the provider.");
        assertThatThrownBy(() -> access.requireDirecting(isf, COMMISSIONER, "change the provider"))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void onlyASocialWorkerRecordsAReview() {
        access.requireSocialWorker(isf, SOCIAL_WORKER, "record the outcome of a review");
        assertThatThrownBy(() -> access.requireSocialWorker(isf, PERSON, "record the outcome of a review"))
                .isInstanceOf(Forbidden.class).hasMessage("Only a social worker can record the outcome of a review.");
    }

    @Test
    void onlyTheChosenProviderAnswersAndOnlyAProviderSendsStatements() {
        access.requireChosenProvider(isf, CHOSEN);
        assertThatThrownBy(() -> access.requireChosenProvider(isf, EARLIER)).isInstanceOf(Forbidden.class)
                .hasMessage("Only the provider the person chose can accept or decline ISF-TEST0001.");
        assertThatThrownBy(() -> access.requireChosenProvider(isf, PERSON)).isInstanceOf(Forbidden.class);
        access.requireProvider(isf, EARLIER);
        assertThatThrownBy(() -> access.requireProvider(isf, PERSON)).isInstanceOf(Forbidden.class)
                .hasMessage("Only the provider holding the fund sends statements of spend.");
    }

    private static IndividualServiceFund fund() {
        IndividualServiceFund fund = new IndividualServiceFund("ISF-TEST0001", new NewIsf("Morag Grant",
                "morag.grant", "morag@example.org", "Moray Council", "Sam Social", "sam.social@moray.example",
                List.of("Stay living in my own flat"), new BigDecimal("12000"), new BigDecimal("10"),
                new Representative("Fiona Brodie", "fiona.brodie", "fiona@example.org",
                        LegalAuthority.POWER_OF_ATTORNEY, "OPG-2019-44871"), null),
                "sam.social", Instant.parse("2026-01-01T09:00:00Z"));
        fund.recordChoice("PRV-CHOSEN", "They listened to me.", ChoiceHelper.NOBODY, null, "morag.grant");
        return fund;
    }
}

package scot.commissioningflow.isf.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;
import scot.commissioningflow.isf.agreement.AgreementHistory;
import scot.commissioningflow.isf.fund.ChoiceHelper;
import scot.commissioningflow.isf.fund.IndividualServiceFund;
import scot.commissioningflow.isf.fund.LegalAuthority;
import scot.commissioningflow.isf.fund.NewIsf;
import scot.commissioningflow.isf.fund.Representative;
import scot.commissioningflow.platform.web.NotFound;

/** Who may see an ISF and who may act on it, with no database: the agreement history is a stand-in. */
class IsfAccessTest {

    private static final SignedInPerson SOCIAL_WORKER = person("sam.social", "MORAY", null, Role.SOCIAL_WORKER);
    private static final SignedInPerson COMMISSIONER = person("chris.commissioner", "MORAY", null,
            Role.COMMISSIONER);
    private static final SignedInPerson OTHER_COUNCIL = person("hilda.highland", "HIGHLAND", null,
            Role.SOCIAL_WORKER, Role.COMMISSIONER);
    private static final SignedInPerson PERSON = person("morag.grant", null, null, Role.SUPPORTED_PERSON);
    private static final SignedInPerson SOMEONE_ELSE = person("hamish.dunn", null, null, Role.SUPPORTED_PERSON);
    private static final SignedInPerson ATTORNEY = person("fiona.brodie", null, null, Role.REPRESENTATIVE);
    private static final SignedInPerson GUARDIAN_BY_SIGN_IN = person("gordon.grant", null, "morag.grant",
            Role.REPRESENTATIVE);
    private static final SignedInPerson OTHER_REPRESENTATIVE = person("someone.else", null, "hamish.dunn",
            Role.REPRESENTATIVE);
    private static final SignedInPerson CHOSEN = person("pat.provider", "PRV-CHOSEN", null, Role.PROVIDER_USER);
    private static final SignedInPerson EARLIER = person("pat.provider", "PRV-EARLIER", null, Role.PROVIDER_USER);
    private static final SignedInPerson STRANGER = person("pat.provider", "PRV-STRANGER", null, Role.PROVIDER_USER);
    /** A person's username held by someone signed in as staff does not make them the person. */
    private static final SignedInPerson NAMESAKE_ANALYST = person("morag.grant", "NATIONAL", null,
            Role.PROGRAMME_ANALYST);

    private final AgreementHistory history = mock(AgreementHistory.class);
    private final IsfAccess access = new IsfAccess(history);
    private final IndividualServiceFund isf = fund();

    IsfAccessTest() {
        when(history.providersOf(isf.id())).thenReturn(List.of("PRV-EARLIER"));
    }

    @Test
    void theCouncilSeesItsFundsThePersonAndTheirRepresentativeSeeTheirOwn() {
        assertThat(access.canSee(isf, SOCIAL_WORKER)).isTrue();
        assertThat(access.canSee(isf, COMMISSIONER)).isTrue();
        assertThat(access.canSee(isf, PERSON)).isTrue();
        assertThat(access.canSee(isf, ATTORNEY)).isTrue();
        assertThat(access.canSee(isf, GUARDIAN_BY_SIGN_IN)).isTrue();
        assertThat(access.canSee(isf, SOMEONE_ELSE)).isFalse();
        assertThat(access.canSee(isf, OTHER_REPRESENTATIVE)).isFalse();
        assertThat(access.canSee(isf, OTHER_COUNCIL)).isFalse();
        assertThat(access.canSee(isf, NAMESAKE_ANALYST)).isFalse();
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
        assertThatThrownBy(() -> access.requireSocialWorker(isf, OTHER_COUNCIL, "record the outcome of a review"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void onlyThePersonTheirRepresentativeOrTheirSocialWorkerDirectTheSupport() {
        access.requireDirecting(isf, PERSON, "change the provider");
        access.requireDirecting(isf, ATTORNEY, "change the provider");
        access.requireDirecting(isf, GUARDIAN_BY_SIGN_IN, "change the provider");
        access.requireDirecting(isf, SOCIAL_WORKER, "change the provider");
        assertThatThrownBy(() -> access.requireDirecting(isf, CHOSEN, "change the provider"))
                .isInstanceOf(Refused.class).hasMessage("Only the person, their legal representative or their "
                        + "social worker can change the provider.");
        assertThatThrownBy(() -> access.requireDirecting(isf, COMMISSIONER, "change the provider"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void onlyASocialWorkerRecordsAReview() {
        access.requireSocialWorker(isf, SOCIAL_WORKER, "record the outcome of a review");
        assertThatThrownBy(() -> access.requireSocialWorker(isf, PERSON, "record the outcome of a review"))
                .isInstanceOf(Refused.class).hasMessage("Only a social worker can record the outcome of a review.");
        assertThatThrownBy(() -> access.requireSocialWorker(isf, COMMISSIONER, "record the outcome of a review"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void onlyTheChosenProviderAnswersAndOnlyAProviderSendsStatements() {
        access.requireChosenProvider(isf, CHOSEN);
        assertThatThrownBy(() -> access.requireChosenProvider(isf, EARLIER)).isInstanceOf(Refused.class)
                .hasMessage("Only the provider the person chose can accept or decline ISF-TEST0001.");
        assertThatThrownBy(() -> access.requireChosenProvider(isf, PERSON)).isInstanceOf(Refused.class);
        access.requireProvider(isf, EARLIER);
        assertThatThrownBy(() -> access.requireProvider(isf, PERSON)).isInstanceOf(Refused.class)
                .hasMessage("Only the provider holding the fund sends statements of spend.");
    }

    private static SignedInPerson person(String username, String organisation, String represents, Role... roles) {
        return new SignedInPerson(username, username, Set.of(roles), organisation, represents);
    }

    private static IndividualServiceFund fund() {
        IndividualServiceFund fund = new IndividualServiceFund("ISF-TEST0001", new NewIsf("Morag Grant",
                "morag.grant", "morag@example.org", "Moray Council", "Sam Social", "sam.social@moray.example",
                List.of("Stay living in my own flat"), new BigDecimal("12000"), new BigDecimal("10"),
                new Representative("Fiona Brodie", "fiona.brodie", "fiona@example.org",
                        LegalAuthority.POWER_OF_ATTORNEY, "OPG-2019-44871"), null),
                "sam.social", "MORAY", Instant.parse("2026-01-01T09:00:00Z"));
        fund.recordChoice("PRV-CHOSEN", "They listened to me.", ChoiceHelper.NOBODY, null, "morag.grant");
        return fund;
    }
}

package scot.commissioningflow.contracts.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.commissioningflow.contracts.SignatoryRequest;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/** Who may sign for each party of a contract and who may read it, without a database. */
class ContractAccessTest {

    private final Signatory person = party("supported-person", Signer.person("morag.grant", "fiona.brodie"));
    private final Signatory provider = party("provider", Signer.provider("PRV-1"));
    private final Signatory council = party("council", Signer.council("MORAY-HSCP"));
    private final Signatory unnamed = new Signatory("C-1", new SignatoryRequest("landlord", "Lee", "lee@x.org",
            null));
    private final List<Signatory> parties = List.of(person, provider, council);

    @Test
    void thePersonSignsForThemselvesAndTheirRecordedOrSignedInRepresentativeForThem() {
        assertThat(signs(person, who("morag.grant", null, null, Role.SUPPORTED_PERSON))).isTrue();
        assertThat(signs(person, who("fiona.brodie", null, null, Role.REPRESENTATIVE))).isTrue();
        assertThat(signs(person, who("gordon.grant", null, "morag.grant", Role.REPRESENTATIVE))).isTrue();
        assertThat(signs(person, who("hamish.dunn", null, null, Role.SUPPORTED_PERSON))).isFalse();
        assertThat(signs(person, who("someone.else", null, "hamish.dunn", Role.REPRESENTATIVE))).isFalse();
        // A username alone, held by someone signed in in another role, is not the person.
        assertThat(signs(person, who("morag.grant", "PRV-1", null, Role.PROVIDER_USER))).isFalse();
    }

    @Test
    void aProvidersUsersSignForItAndTheCouncilsCommissioningStaffForTheCouncil() {
        assertThat(signs(provider, who("ann", "PRV-1", null, Role.PROVIDER_USER))).isTrue();
        assertThat(signs(provider, who("rory", "PRV-2", null, Role.PROVIDER_USER))).isFalse();
        assertThat(signs(council, who("colin", "MORAY-HSCP", null, Role.COMMISSIONER))).isTrue();
        assertThat(signs(council, who("sam", "MORAY-HSCP", null, Role.SOCIAL_WORKER))).isTrue();
        assertThat(signs(council, who("olive", "MORAY-HSCP", null, Role.PROCUREMENT_OFFICER))).isFalse();
        assertThat(signs(council, who("hilda", "HIGHLAND-HSCP", null, Role.COMMISSIONER))).isFalse();
        // A provider whose reference happens to equal a council code is still not the council.
        assertThat(signs(council, who("ann", "MORAY-HSCP", null, Role.PROVIDER_USER, Role.COMMISSIONER)))
                .isFalse();
    }

    @Test
    void aPartyAskedWithoutANamedSignerCannotBeSignedForInTheProduct() {
        assertThatThrownBy(() -> ContractAccess.requireSigner("C-1", unnamed, who("lee", null, null,
                Role.COMMISSIONER))).isInstanceOf(Refused.class)
                .hasMessage("Only the landlord named on contract C-1, or their recorded representative, can sign for "
                        + "the landlord.");
        assertThatThrownBy(() -> ContractAccess.requireSomeParty("C-1", List.of(unnamed), who("lee", null, null,
                Role.COMMISSIONER))).isInstanceOf(Refused.class);
    }

    @Test
    void theDocumentIsReadByItsPartiesAndTheBuyingCouncilsStaffOnly() {
        assertThat(ContractAccess.mayRead(parties, who("fiona.brodie", null, null, Role.REPRESENTATIVE))).isTrue();
        assertThat(ContractAccess.mayRead(parties, who("ann", "PRV-1", null, Role.PROVIDER_USER))).isTrue();
        assertThat(ContractAccess.mayRead(parties, who("olive", "MORAY-HSCP", null, Role.PROCUREMENT_OFFICER)))
                .isTrue();
        assertThat(ContractAccess.mayRead(parties, who("rory", "PRV-2", null, Role.PROVIDER_USER))).isFalse();
        assertThat(ContractAccess.mayRead(parties, who("hamish.dunn", null, null, Role.SUPPORTED_PERSON)))
                .isFalse();
        assertThat(ContractAccess.mayRead(parties, who("hilda", "HIGHLAND-HSCP", null, Role.COMMISSIONER)))
                .isFalse();
        assertThat(ContractAccess.mayRead(parties, who("alex", "MORAY-HSCP", null, Role.PROGRAMME_ANALYST)))
                .isFalse();
    }

    private static boolean signs(Signatory party, SignedInPerson person) {
        return ContractAccess.maySignFor(party.signer().orElseThrow(), person);
    }

    private static Signatory party(String role, Signer signer) {
        return new Signatory("C-1", new SignatoryRequest(role, role, role + "@example.org", signer));
    }

    private static SignedInPerson who(String username, String organisation, String represents, Role... roles) {
        return new SignedInPerson(username, username, Set.of(roles), organisation, represents);
    }
}

package scot.commissioningflow.contracts.signing;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.commissioningflow.contracts.Signer;
import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Who may sign and read contracts, the one place these rules live. A party is signed for only by its named signer: the
 * named person or the attorney or guardian recorded for them (or whose sign-in says they act for that person), a user
 * of the provider organisation, or the commissioning staff of the council. A document and its details are read only
 * by its parties and the commissioning staff of the buying council (the council that is a party to it).
 */
@Component
public class ContractAccess {

    /** Council staff who read their council's contracts. */
    private static final Role[] COUNCIL_STAFF = {Role.COMMISSIONER, Role.PROCUREMENT_OFFICER,
        Role.PROCUREMENT_LEAD, Role.SOCIAL_WORKER};
    /** Council staff who sign for their council. */
    private static final Role[] COUNCIL_SIGNERS = {Role.COMMISSIONER, Role.SOCIAL_WORKER};

    private final SignatoryRepository signatories;

    ContractAccess(SignatoryRepository signatories) {
        this.signatories = signatories;
    }

    /** Refuses anyone who signs for none of the parties, before anything about the document is checked or told. */
    static void requireSomeParty(String reference, List<Signatory> parties, SignedInPerson person) {
        if (parties.stream().flatMap(party -> party.signer().stream()).noneMatch(s -> maySignFor(s, person))) {
            throw new Refused("Only the signatories named on contract " + reference
                    + ", or their recorded representatives, can sign it.");
        }
    }

    /** Refuses a signature for this party from anyone but its named signer or their recorded representative. */
    static void requireSigner(String reference, Signatory party, SignedInPerson person) {
        if (!party.signer().map(signer -> maySignFor(signer, person)).orElse(false)) {
            throw new Refused("Only the " + party.role() + " named on contract " + reference
                    + ", or their recorded representative, can sign for the " + party.role() + ".");
        }
    }

    static boolean maySignFor(Signer signer, SignedInPerson person) {
        return switch (signer.party()) {
            case PERSON -> person.has(Role.SUPPORTED_PERSON) && person.username().equals(signer.username())
                    || person.has(Role.REPRESENTATIVE) && (person.username().equals(signer.representativeUsername())
                            || signer.username().equals(person.represents()));
            case PROVIDER -> person.actsForProvider(signer.organisation());
            case COUNCIL -> person.hasAny(COUNCIL_SIGNERS) && person.worksFor(signer.organisation());
        };
    }

    /** Refuses the document and its details to anyone but its parties and the buying council's staff. */
    static void requireReader(String reference, List<Signatory> parties, SignedInPerson person) {
        if (!mayRead(parties, person)) {
            throw new Refused("Only the parties to contract " + reference
                    + " and the commissioning staff of the buying council can read it.");
        }
    }

    static boolean mayRead(List<Signatory> parties, SignedInPerson person) {
        return parties.stream().flatMap(party -> party.signer().stream()).anyMatch(signer -> maySignFor(signer, person)
                || signer.party() == Signer.Party.COUNCIL && person.hasAny(COUNCIL_STAFF)
                && person.worksFor(signer.organisation()));
    }

    /** Whether this person is a party to the document or on the buying council's staff. */
    @Transactional(readOnly = true)
    public boolean mayRead(String documentReference, SignedInPerson person) {
        return documentReference != null
                && mayRead(signatories.findByContractReferenceOrderById(documentReference), person);
    }

    /** The council that is a party to the document, when the parties were recorded with their signers. */
    @Transactional(readOnly = true)
    public Optional<String> buyingCouncil(String documentReference) {
        return documentReference == null ? Optional.empty()
                : signatories.findByContractReferenceOrderById(documentReference).stream()
                        .flatMap(party -> party.signer().stream())
                        .filter(signer -> signer.party() == Signer.Party.COUNCIL).map(Signer::organisation)
                        .findFirst();
    }

    /** Whether the person is council staff of this council, who read its contracts. */
    public static boolean isStaffOf(String councilCode, SignedInPerson person) {
        return person.hasAny(COUNCIL_STAFF) && person.worksFor(councilCode);
    }
}

package scot.commissioningflow.collaboration.round;

import scot.commissioningflow.identity.Refused;
import scot.commissioningflow.identity.Role;
import scot.commissioningflow.identity.SignedInPerson;

/**
 * Who acts for a round's funder: a commissioner or procurement lead of the organisation that opened it. They open
 * rounds, moderate scores, see every application and sign grant agreements for the funder.
 */
public final class RoundAccess {

    private RoundAccess() {
    }

    public static boolean isFunder(FundingRound round, SignedInPerson person) {
        return person.hasAny(Role.COMMISSIONER, Role.PROCUREMENT_LEAD) && person.worksFor(round.funderOrganisation());
    }

    /** @throws Refused saying who may, when this person does not act for the funder */
    public static void requireFunder(FundingRound round, SignedInPerson person, String toDo) {
        if (!isFunder(round, person)) {
            throw new Refused("Only a commissioner or procurement lead of " + round.funderName() + " can " + toDo
                    + " for round " + round.reference() + ".");
        }
    }

    public static boolean onPanel(FundingRound round, SignedInPerson person) {
        return person.has(Role.PANEL_MEMBER) && round.onPanel(person.username());
    }
}

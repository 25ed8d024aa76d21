package scot.commissioningflow.portal;

import java.util.List;
import scot.commissioningflow.identity.SignedInPerson;

/** A feature's pages where this person starts, if any: one bean per feature that has pages. */
public interface StartingPoints {

    List<StartingPoint> startingPointsFor(SignedInPerson person);
}

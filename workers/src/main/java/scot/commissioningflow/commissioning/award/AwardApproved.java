package scot.commissioningflow.commissioning.award;

import java.time.LocalDate;
import java.util.List;

/** The commissioner approved the recommended award (award-decision form); the standstill comes from the route. */
record AwardApproved(String tenderReference, List<String> evaluators, String awardRationale, String awardDecidedBy,
        LocalDate decidedOn, boolean standstillApplies, Integer standstillDays) {
}

package scot.commissioningflow.commissioning.route;

import scot.commissioningflow.commissioning.tender.ProcurementRoute;

/** What the chosen route means for the rest of the tender process: offers, notices and standstill. */
public record ChosenRoute(String route, boolean seekOffers, boolean contractNoticeRequired,
        boolean awardNoticeRequired, boolean standstillApplies, int standstillDays) {

    /**
     * What a route recorded with this notice duty (NONE, AWARD_NOTICE or CONTRACT_AND_AWARD_NOTICES) and standstill
     * (null when none is kept) means: when it is chosen, and again when a lost tender process is resumed.
     */
    public static ChosenRoute of(ProcurementRoute route, String noticeDuty, Integer standstillDays) {
        return of(route, noticeDuty, standstillDays != null, standstillDays == null ? 0 : standstillDays);
    }

    /** As chosen: the standstill the route's notices would carry, and whether it applies to this tender. */
    static ChosenRoute of(ProcurementRoute route, String noticeDuty, boolean standstillApplies, int standstillDays) {
        return new ChosenRoute(route.name(), route.competitive(), "CONTRACT_AND_AWARD_NOTICES".equals(noticeDuty),
                !"NONE".equals(noticeDuty), standstillApplies, standstillDays);
    }
}

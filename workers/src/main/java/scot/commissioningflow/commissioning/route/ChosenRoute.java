package scot.commissioningflow.commissioning.route;

/** What the chosen route means for the rest of the tender process: offers, notices and standstill. */
public record ChosenRoute(String route, boolean seekOffers, boolean contractNoticeRequired,
        boolean awardNoticeRequired, boolean standstillApplies, int standstillDays) {
}

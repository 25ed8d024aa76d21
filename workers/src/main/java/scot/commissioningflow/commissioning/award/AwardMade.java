package scot.commissioningflow.commissioning.award;

/**
 * What the process needs of an award: who it went to, when the award notice is due, and when standstill ends (null
 * without one; the date-time is what the StandstillEnds timer reads).
 */
public record AwardMade(String awardedProvider, String awardNoticeDueOn, String standstillEndsAt) {
}

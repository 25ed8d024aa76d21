/**
 * Provider collaboration funding: a funder (a national body or a partnership) runs funding rounds that pay providers
 * to collaborate, for example to share back-office functions, co-design support with the people who use it, or form
 * an alliance. One process ({@code processes/collaboration/collaboration-funding.bpmn}, split into call activities)
 * takes a round from opening to its close. Inside, one sub-package per capability:
 * <ul>
 * <li>{@code round}: the round (budget, weighted criteria, eligibility rules, dates, panel) and its summary;</li>
 * <li>{@code application}: the joint application by a lead provider for named partners, each partner's
 * confirmation, the partnership agreement and the proposal (who uses support and how they shaped it);</li>
 * <li>{@code eligibility}: not-for-profit status, Scottish base and filed accounts from the charity or company
 * register, and the cumulative funding the Fair Work First check for grants needs;</li>
 * <li>{@code panel}: conflicts of interest, independent scores, moderation and the ranked list within budget;</li>
 * <li>{@code grant}: awards with conditions, the grant agreement signed through {@code contract-signing}, the
 * unsuccessful applicants' letters, clawback;</li>
 * <li>{@code payments}: staged payments against milestones, progress and spend reports, reminders and escalation.</li>
 * </ul>
 * Other features reach it only through its API and process; it uses {@code fairwork} through the
 * {@code fair-work-check} call activity (context {@code GRANT}) and {@code contracts} through {@code contract-signing}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provider collaboration funding")
package scot.commissioningflow.collaboration;

/**
 * Proportionate contract monitoring: every live contract is followed from the moment it enters the register
 * ({@code entry}, on {@link scot.commissioningflow.contracts.ContractWentLive}), with effort that follows risk.
 * <ul>
 * <li>{@code tier}: the risk tier by rule ({@code processes/monitoring/monitoring-tier.dmn}) from the contract's value
 * and service, the Care Inspectorate's grades, complaints and enforcements, and recent findings; weights and review
 * frequency per tier are reference data ({@code monitoring-risk-weights}, {@code monitoring-tiers});</li>
 * <li>{@code review}: each review's monitoring return from the provider (hours, pay against the floor) and the
 * officer's rating and findings;</li>
 * <li>{@code complaints}: complaints officers record about a contract, the complainant's words kept as given; an
 * upheld one counts against the tier;</li>
 * <li>{@code escalation}: an improvement plan followed up, then contract default and suspension from new framework
 * placements;</li>
 * <li>{@code outcomes}: outcomes per person supported in the Talking Points categories, in their own words, and the
 * contract's outcome indicators compared with the share of people whose outcome is met;</li>
 * <li>{@code workload}: reviews due and overdue by tier, effort spent against what the tier expects.</li>
 * </ul>
 * The cycle is {@code processes/monitoring/contract-monitoring.bpmn}, one instance per contract.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contract monitoring")
package scot.commissioningflow.monitoring;

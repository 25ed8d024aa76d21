/**
 * National framework agreements (such as Scotland Excel's care and support framework): a national body sets up a
 * framework with lots (type of service, client group, council areas), a term of at most four years unless an
 * exceptional reason is recorded, and quality/price weights; providers are admitted through the light-touch open
 * procedure, reopened for new entrants on a timer or on demand, each needing an active Care Inspectorate registration
 * graded at least the lot's minimum, a fair work check for framework admission and a price schedule.
 *
 * <p>Other features buy from frameworks through {@link scot.commissioningflow.frameworks.Frameworks}: a framework
 * and its lots ({@link scot.commissioningflow.frameworks.Framework}, {@link scot.commissioningflow.frameworks.FrameworkLot}),
 * the members eligible for work on a date ({@link scot.commissioningflow.frameworks.LotMember}), a member's price on a
 * date ({@link scot.commissioningflow.frameworks.ScheduledPrice}) and whether a provider is suspended; and listen for
 * {@link scot.commissioningflow.frameworks.FrameworkMembershipChanged}.
 *
 * <p>Inside: {@code agreement} (the framework, its lots and processes/frameworks/framework-agreement.bpmn),
 * {@code admission} (admission, price schedules, suspension, removal, pay uplift variations), {@code calloff} and
 * {@code brokerage} (buying from a framework).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Frameworks")
package scot.commissioningflow.frameworks;

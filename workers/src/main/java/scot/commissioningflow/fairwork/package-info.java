/**
 * Fair work conditions wherever money is committed: effective-dated pay floors (the adult social care minimum, the
 * real Living Wage, the sleepover rule), the seven Fair Work First criteria checked against a provider's declaration
 * in each context, price sustainability and pay uplifts. Other features use the public services in this package
 * and the {@code check-fair-work} job / {@code fair-work-check} call activity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fair work")
package scot.commissioningflow.fairwork;

/**
 * Self-directed Support Option 2: the person chooses their provider and directs how their budget is used, and the
 * provider holds it as an individual service fund (ISF). Covers the person's choice, the provider's acceptance and
 * fair-work check, the three-party agreement (the person carries no contractual liability), the ISF ledger with
 * its review triggers, budget variations, change of provider and the end of an ISF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Individual service funds (SDS Option 2)")
package scot.commissioningflow.isf;

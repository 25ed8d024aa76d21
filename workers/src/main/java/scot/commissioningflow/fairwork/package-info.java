/**
 * Fair work conditions wherever money is committed: effective-dated pay floors (the adult social care minimum, the
 * real Living Wage, the sleepover rule), the seven Fair Work First criteria checked against a provider's declaration
 * in each context, price sustainability and pay uplifts.
 *
 * <p>Other features use the types in this package: {@link scot.commissioningflow.fairwork.FairWorkDeclaration} (the
 * {@code fairWorkDeclaration} variable of the {@code fair-work-check} call activity), {@link
 * scot.commissioningflow.fairwork.PriceSustainability} and {@link scot.commissioningflow.fairwork.ReferenceDataNotHeld}.
 * Inside, one sub-package per capability, each with one public service:
 * <ul>
 * <li>{@code referencedata}: the dated figures ({@code FairWorkFigures}), kept through the product's reference-data
 * mechanism;</li>
 * <li>{@code check}: the {@code check-fair-work} worker, its typed input, the rules, stored checks and the officer's
 * review ({@code FairWorkChecks});</li>
 * <li>{@code uplift}: the uplifts a new pay floor makes necessary and their yearly review ({@code PayUplifts},
 * {@code UpliftReviews}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fair work")
package scot.commissioningflow.fairwork;

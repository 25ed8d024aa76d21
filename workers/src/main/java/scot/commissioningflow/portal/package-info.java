/**
 * The browser portal's shell: the layout every page shares (who is signed in, signing out, the navigation for the
 * person's roles), the home page listing where each role starts, the sign-in page and the error pages, and the front
 * end built from {@code portal/} into {@code /assets/}. Each feature serves its own pages beside its API (a
 * {@code *Pages} controller extending {@link scot.commissioningflow.portal.Pages}, templates under
 * {@code templates/<feature>/}) and names where a person starts in it as a
 * {@link scot.commissioningflow.portal.StartingPoints} bean, so the shell knows no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package scot.commissioningflow.portal;

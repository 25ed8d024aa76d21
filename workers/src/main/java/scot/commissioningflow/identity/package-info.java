/**
 * Who is signed in and what each role may reach. Features read the person behind a request as a
 * {@link scot.commissioningflow.identity.SignedInPerson} parameter of a controller method, declare which roles reach
 * their endpoints in one {@link scot.commissioningflow.identity.AccessRules} bean each, and refuse a particular record
 * (another provider's response, someone else's ISF) by throwing {@link scot.commissioningflow.identity.Refused}.
 * <p>
 * People sign in with a product account and a login page (the default; demo accounts are seeded for trying it), or
 * through a council's own OpenID Connect provider, whose bearer tokens API clients send too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-in and access")
package scot.commissioningflow.identity;

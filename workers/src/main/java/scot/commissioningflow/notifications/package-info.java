/**
 * Messages to people (reminders, debriefs, notices of change) through the notification service configured under
 * {@code commissioning.notifications}, with every message kept in the product whether or not a service is set up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package scot.commissioningflow.notifications;

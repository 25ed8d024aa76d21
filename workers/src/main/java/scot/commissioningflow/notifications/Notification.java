package scot.commissioningflow.notifications;

/**
 * A message to one person. The key identifies it for good (for example "signature-reminder/C-1/provider/2"):
 * sending the same key twice sends once, so a redelivered job does not message anyone twice.
 */
public record Notification(String key, String recipientName, String recipientEmail, String subject, String body) {
}

package scot.commissioningflow.contracts;

import java.time.Instant;

public record SignatoryView(String role, String name, String email, boolean signed, String signedBy,
        String onBehalfOf, String authority, Instant signedAt, String channel, int remindersSent) {
}

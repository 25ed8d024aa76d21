package scot.commissioningflow.identity;

import java.time.Instant;

/**
 * Published when a request was refused for want of access, so the audit trail can keep it.
 *
 * @param username who asked (signed in), or null when nobody was signed in
 * @param method   the HTTP method
 * @param path     the path asked for
 * @param reason   the sentence the person was given
 */
public record AccessWasRefused(String username, String method, String path, String reason, Instant at) {
}

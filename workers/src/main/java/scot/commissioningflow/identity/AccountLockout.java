package scot.commissioningflow.identity;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock a product account, and for how long
 * ({@code commissioning.identity.lockout.*}): a bean, so that pages can tell people before it happens.
 */
public record AccountLockout(int attempts, Duration duration) {
}

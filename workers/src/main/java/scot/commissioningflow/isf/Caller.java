package scot.commissioningflow.isf;

/**
 * The person or organisation behind a request: {@code X-User} names them, {@code X-Role} says in what capacity, and
 * a provider's staff also send {@code X-Organisation} with their provider reference. Authentication itself sits in
 * front of the application (the council's identity provider sets these headers).
 */
public record Caller(String user, CallerRole role, String organisation) {

    public boolean is(CallerRole... roles) {
        for (CallerRole candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}

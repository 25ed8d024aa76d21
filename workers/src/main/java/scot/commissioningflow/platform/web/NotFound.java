package scot.commissioningflow.platform.web;

/** Something the caller named does not exist (or is not theirs to see): answered as 404 with this message. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}

package scot.commissioningflow.platform.web;

/** The request is well formed but the thing it acts on is not in a state that allows it: answered as 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}

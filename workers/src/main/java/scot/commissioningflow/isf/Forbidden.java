package scot.commissioningflow.isf;

/** The caller may see the ISF but not do this to it: answered as 403 with this sentence. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}

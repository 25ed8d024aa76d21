package scot.commissioningflow.referencedata;

/** The editor may not change this dataset (e.g. only a commissioner sets the ISF policy): answered as 403. */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}

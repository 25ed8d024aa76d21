package scot.commissioningflow.fairwork;

/**
 * No fair work reference figure covers the date asked about. Kept under this name for the callers that catch it;
 * it is the reference-data mechanism's refusal, {@link scot.commissioningflow.referencedata.ReferenceDataNotHeld}.
 */
public class ReferenceDataNotHeld extends scot.commissioningflow.referencedata.ReferenceDataNotHeld {
    public ReferenceDataNotHeld(String message) {
        super(message);
    }
}

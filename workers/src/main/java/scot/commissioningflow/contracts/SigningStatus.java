package scot.commissioningflow.contracts;

public enum SigningStatus {
    GENERATED,
    AWAITING_SIGNATURES,
    SIGNED,
    /** The signing deadline passed before every party had signed. */
    LAPSED
}

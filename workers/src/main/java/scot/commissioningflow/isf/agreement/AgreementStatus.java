package scot.commissioningflow.isf.agreement;

public enum AgreementStatus {
    AWAITING_SIGNATURES,
    /** The signing deadline passed before every party signed. */
    NOT_SIGNED,
    SIGNED,
    LIVE,
    /** The person moved to another provider, option or council; the date is in endsOn. */
    ENDED
}

package scot.commissioningflow.isf;

/** Who is asking, as the X-Role header says; what each may see and do is decided in {@link IsfAccess}. */
public enum CallerRole {
    SOCIAL_WORKER,
    COMMISSIONER,
    PROVIDER,
    PERSON,
    REPRESENTATIVE
}

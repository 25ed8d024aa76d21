package scot.commissioningflow.providers;

public enum ProviderStatus {
    PENDING_REVIEW,
    ADMITTED,
    DECLINED
}

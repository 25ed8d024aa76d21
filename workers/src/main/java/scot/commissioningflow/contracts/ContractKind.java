package scot.commissioningflow.contracts;

public enum ContractKind {
    OUTCOMES_BASED,
    FRAMEWORK_CALL_OFF,
    INDIVIDUAL_SERVICE_FUND,
    COLLABORATION_GRANT
}

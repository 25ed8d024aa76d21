package scot.commissioningflow.monitoring;

/** Whether a person's outcome is met, as the return reports it: what the contract's indicators are compared with. */
public enum OutcomeMet {
    MET,
    PARTLY_MET,
    NOT_MET
}

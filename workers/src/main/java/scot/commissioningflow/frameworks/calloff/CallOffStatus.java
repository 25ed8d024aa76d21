package scot.commissioningflow.frameworks.calloff;

public enum CallOffStatus {
    REQUESTED,
    /** A mini-competition's invited members may respond. */
    OPEN_FOR_RESPONSES,
    /** Responses closed; the commissioner evaluates them. */
    EVALUATING,
    AWARDED,
    /** Nobody could be awarded: no responses, or the chosen provider may no longer be given work. */
    NOT_AWARDED,
    CONTRACT_LIVE,
    CONTRACT_NOT_SIGNED
}

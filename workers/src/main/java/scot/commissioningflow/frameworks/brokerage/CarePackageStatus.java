package scot.commissioningflow.frameworks.brokerage;

public enum CarePackageStatus {
    /** Sent to the eligible providers; offers may be made until the window closes. */
    OPEN_FOR_OFFERS,
    /** Offers closed and ranked; the choice is made with the person. */
    CHOOSING,
    AWARDED,
    /** The placement agreement is signed: the person's support is arranged. */
    PLACED,
    PLACEMENT_NOT_SIGNED,
    /** Nobody could be offered it or nobody offered: the commissioner finds the support another way. */
    UNFILLED
}

package scot.commissioningflow.frameworks;

public enum FrameworkStatus {
    /** Lots and terms being set up; nobody admitted yet. */
    SETTING_UP,
    /** Responses invited (the first round or a reopening for new entrants). */
    OPEN_FOR_RESPONSES,
    /** Admitted members may be called off. */
    LIVE,
    /** Past its term or ended early: no new call-offs. */
    ENDED
}

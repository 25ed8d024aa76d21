package scot.commissioningflow.platform.web;

/** How far from today each kind of date may be, for {@link DateWindow}. */
public final class DateLimits {

    /**
     * Contracts are let for at most ten years and planned at most a few years ahead; a start further out, or in the
     * past, is a typing slip.
     */
    public static final int PLANNING_YEARS_AHEAD = 10;

    /**
     * Reference figures, budget months and fair-work questions may look back over a contract's whole life (up to
     * ten years) and forward as far as anything is planned.
     */
    public static final int RECORD_YEARS_BACK = 10;

    /**
     * Reference figures carry history from before the product and may be recorded long ahead (a period planned, or
     * tried out, well clear of the figures in force), so their window is wide: it keeps to dates the calendar
     * arithmetic and the DATE columns hold, and refuses the 0001 or 9999 of a slip.
     */
    public static final int REFERENCE_YEARS = 100;

    private DateLimits() {
    }
}

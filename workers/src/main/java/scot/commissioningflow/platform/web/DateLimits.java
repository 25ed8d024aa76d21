package scot.commissioningflow.platform.web;

/** How far from today each kind of date may be, for {@link DateWindow}. */
public final class DateLimits {

    /**
     * Contracts are let for at most ten years and planned at most a few years ahead; a start further out, or in the
     * past, is a typing slip.
     */
    public static final int PLANNING_YEARS_AHEAD = 10;

    /**
     * A provider's statement of spend may be for any budget month of a fund that ran up to ten years; it is for a
     * month that has begun, and a year ahead allows for a month typed carelessly, no more.
     */
    public static final int SPEND_YEARS_BACK = 10;
    public static final int SPEND_YEARS_AHEAD = 1;

    /**
     * Reference figures carry history from before the product and may be recorded long ahead (a period planned, or
     * tried out, well clear of the figures in force), and the questions asked of them (a fair-work check, a price's
     * sustainability, the uplifts a new pay floor needs) may be for any date they hold. So their window is wide: it
     * keeps to dates the calendar arithmetic and the DATE columns hold, and refuses the 0001 or 9999 of a slip.
     */
    public static final int REFERENCE_YEARS = 100;

    private DateLimits() {
    }
}

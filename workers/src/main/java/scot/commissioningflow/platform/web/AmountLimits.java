package scot.commissioningflow.platform.web;

/**
 * The bounds of every amount, rate and quantity a person types, with the sentences that say so. Each bound is
 * well above anything real (so a slip of the keyboard, such as a yearly sum typed as an hourly rate, is caught) and
 * within its column, so a figure that passes is always stored rather than ending in a database error.
 */
public final class AmountLimits {

    /** Money is in pounds and pence: no amount has more than two decimal places. */
    public static final int PENCE = 2;

    /**
     * For {@code @Digits}, which here checks only the decimal places: how large a figure may be is said by its
     * {@code @DecimalMax}, in words, so an amount such as 1e12 is told its limit rather than about its pence.
     */
    public static final int ANY_WHOLE_PART = Integer.MAX_VALUE;
    public static final String IN_PENCE = "must be in pounds and pence, with at most two decimal places";

    public static final String NOT_NEGATIVE = "must not be negative";
    public static final String MORE_THAN_ZERO = "must be more than zero pounds";

    /**
     * A contract's value or a tender's price over its whole term. No Scottish council spends more than a few billion
     * pounds a year on all of its social care, so £10 billion is beyond any one contract; the columns
     * (DECIMAL(14,2)) hold twelve digits before the point.
     */
    public static final String CONTRACT_VALUE_MAX = "10000000000";
    public static final String CONTRACT_VALUE_TOO_HIGH = "must be at most £10,000,000,000";

    /**
     * An hourly rate or hourly pay. The pay floor is about £13 an hour and even specialist one-to-one care is priced
     * well under £100, so £1,000 catches an annual or weekly figure typed as hourly; the columns are DECIMAL(8,2).
     */
    public static final String HOURLY_MAX = "1000";
    public static final String HOURLY_TOO_HIGH = "must be at most £1,000 an hour";

    /**
     * One person's individual service fund for a year, or spent in a month. £1,000,000 is far above any one
     * person's support; the columns are DECIMAL(12,2).
     */
    public static final String PERSONAL_BUDGET_MAX = "1000000";
    public static final String ANNUAL_BUDGET_TOO_HIGH = "must be at most £1,000,000 a year";
    public static final String MONTHLY_SPEND_TOO_HIGH = "must be at most £1,000,000 in a month";

    /** Hours of support in a week: 672 is four workers round the clock (DECIMAL(6,2)). */
    public static final String WEEKLY_HOURS_MAX = "672";
    public static final String WEEKLY_HOURS_TOO_HIGH = "must be at most 672 hours a week (four workers round the clock)";

    /** Hours of support in a month: 672 a week over a 31-day month is 2,976 (DECIMAL(8,2)). */
    public static final String MONTHLY_HOURS_MAX = "2976";
    public static final String MONTHLY_HOURS_TOO_HIGH = "must be at most 2,976 hours in a month (four workers round"
            + " the clock)";

    /** Hours are kept to the hundredth, as the columns hold them. */
    public static final int HOURS_DECIMALS = 2;
    public static final String HOURS_DECIMALS_MESSAGE = "must have at most two decimal places";

    /** A mark out of 100, to two decimal places (DECIMAL(5,2)). */
    public static final String SCORE_MAX = "100";
    public static final String SCORE_OUT_OF_RANGE = "must be a mark from 0 to 100";
    public static final String SCORE_DECIMALS = "must have at most two decimal places";

    private AmountLimits() {
    }
}

package scot.commissioningflow.platform.web;

/**
 * How long each kind of text a person types may be, in characters, with the sentence that says so. Every request
 * record takes its {@code @Size} from here, so a limit and its column change together: the column must hold the
 * limit at four bytes a character (utf8mb4), and each message names the limit a person has to keep within.
 */
public final class TextLimits {

    /** A provider's or record's reference, as the product issues them (VARCHAR(40) columns). */
    public static final int REFERENCE = 40;
    public static final String REFERENCE_TOO_LONG = "must be at most 40 characters";

    /** A reference another system or body issues: a statement id, a court or guardianship reference (VARCHAR(100)). */
    public static final int IDENTIFIER = 100;
    public static final String IDENTIFIER_TOO_LONG = "must be at most 100 characters";

    /** A party's role in a contract, such as "provider" or "council" (VARCHAR(60)). */
    public static final int ROLE = 60;
    public static final String ROLE_TOO_LONG = "must be at most 60 characters";

    /** The name of a person or organisation, a username, a short label (VARCHAR(200) columns). */
    public static final int NAME = 200;
    public static final String NAME_TOO_LONG = "must be at most 200 characters";

    /** A title or the name of a commissioning body (VARCHAR(300) columns). */
    public static final int TITLE = 300;
    public static final String TITLE_TOO_LONG = "must be at most 300 characters";

    /** An email address: RFC 5321 allows 64 characters before the @ and 255 after (VARCHAR(320) columns). */
    public static final int EMAIL = 320;
    public static final String EMAIL_TOO_LONG = "must be at most 320 characters";

    /** One line of meaning: an outcome, how it is measured, the source or reason of a figure (VARCHAR(1000)). */
    public static final int LINE = 1_000;
    public static final String LINE_TOO_LONG = "must be at most 1,000 characters";

    /**
     * Notes, answers and reasons that also travel in a process variable. The engine refuses a message over 4 MB,
     * and a job can carry several such notes at up to four bytes a character, so these stop at 100,000 characters
     * (some forty pages), kept whole in MEDIUMTEXT columns.
     */
    public static final int NOTE = 100_000;
    public static final String NOTE_TOO_LONG = "must be at most 100,000 characters";

    /**
     * A statement or description a person writes at length and the product keeps only in its database: a tender's
     * need, a provider's quality statement. A real response runs to hundreds of pages; a million characters is
     * about 400 of them, and at four bytes a character fits a MEDIUMTEXT column (16 MB) with room to spare.
     */
    public static final int STATEMENT = 1_000_000;
    public static final String STATEMENT_TOO_LONG = "must be at most 1,000,000 characters";

    private TextLimits() {
    }
}

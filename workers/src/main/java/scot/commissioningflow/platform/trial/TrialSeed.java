package scot.commissioningflow.platform.trial;

/**
 * A feature's part of the small, realistic data set a trial starts with, made through the feature's own services so
 * that its records have running processes. Seeds run once, in order, at the first start of a trial
 * ({@link TrialDataSeeder}).
 */
public interface TrialSeed {

    /** Lower runs first: providers before the frameworks and tenders that name them. */
    int order();

    /** Creates this feature's trial records; says in the log what it made. */
    void seed();
}

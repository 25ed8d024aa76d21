package scot.commissioningflow.frameworks.agreement;

import java.util.List;

/**
 * The national pay uplifts of a framework whose members' variations were still being signed or re-issued. The
 * uplift runs in the framework's own process, so a framework resumed after the engine lost it carries these on; the
 * admission side, which records uplifts, answers.
 */
public interface UpliftsInProgress {

    /** Their keys, oldest first. */
    List<String> of(String frameworkReference);
}

package scot.commissioningflow.contracts.documents;

/**
 * A contract template that cannot be used: no such file, or not a Word document that can be read. Retrying cannot
 * mend it; someone must correct the template (or the name asked for).
 */
public class UnusableTemplate extends RuntimeException {

    UnusableTemplate(String message) {
        super(message);
    }

    UnusableTemplate(String message, Throwable cause) {
        super(message, cause);
    }
}

package scot.commissioningflow.identity;

import org.springframework.security.access.AccessDeniedException;

/**
 * A signed-in person asked for something that is not theirs to see or do. The message is a sentence the person reads
 * (who may do it instead); the refusal is answered with 403 and kept in the audit trail.
 */
public class Refused extends AccessDeniedException {

    public Refused(String sentence) {
        super(sentence);
    }
}

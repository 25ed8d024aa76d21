package scot.commissioningflow.platform.persistence;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change to a versioned row that another transaction may change at the same moment, such as the process key a
 * record is given while its process's first job already works on it. The loser of that race is refused by the
 * version check; made again on the row as the winner left it, the change loses nothing of either.
 */
public final class VersionConflicts {

    private static final int ATTEMPTS = 3;

    private VersionConflicts() {
    }

    /**
     * Runs the change in a transaction of its own, and again while another transaction won the version check; the
     * third refusal is thrown.
     */
    public static void retried(TransactionTemplate transaction, Runnable change) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> change.run());
                return;
            } catch (ObjectOptimisticLockingFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}

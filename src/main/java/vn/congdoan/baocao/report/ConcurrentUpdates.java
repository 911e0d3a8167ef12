package vn.congdoan.baocao.report;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A user's action must not fail because someone else changed the same row a moment before (the
 * engine starting the unit's instance, a second tab): the whole transaction is tried again.
 */
final class ConcurrentUpdates {

    private static final int ATTEMPTS = 5;

    private ConcurrentUpdates() {
    }

    static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

package vn.congdoan.baocao.process.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting inside the engine: the logged-in user, or the engine itself in a job. */
public final class EngineUser {

    static final String ENGINE = "system";

    private EngineUser() {
    }

    /** Runs engine bookkeeping the application has already authorized, outside the user's engine rights. */
    public static void asEngine(IdentityService identity, Runnable work) {
        asEngine(identity, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T asEngine(IdentityService identity, Supplier<T> work) {
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }

    public static String current(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? ENGINE : authentication.getUserId();
    }
}

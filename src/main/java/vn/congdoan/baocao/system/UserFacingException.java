package vn.congdoan.baocao.system;

import java.util.Optional;

/** An error whose message is for the user (Vietnamese) and maps to an HTTP status of the API. */
public abstract class UserFacingException extends RuntimeException {

    protected UserFacingException(String message) {
        super(message);
    }

    /** The user-facing error that caused this one, if any: the engine wraps what its listeners throw. */
    public static Optional<UserFacingException> causeOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return Optional.of(userFacing);
            }
        }
        return Optional.empty();
    }
}

package vn.congdoan.baocao.system;

/** The user may not do this; the message is shown to the user (Vietnamese). */
public class ForbiddenException extends UserFacingException {

    public ForbiddenException(String message) {
        super(message);
    }
}

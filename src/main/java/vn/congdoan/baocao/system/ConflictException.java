package vn.congdoan.baocao.system;

/** The action does not fit the stage the cycle or report is in; the message says why (Vietnamese). */
public class ConflictException extends UserFacingException {

    public ConflictException(String message) {
        super(message);
    }
}

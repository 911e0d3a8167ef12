package vn.congdoan.baocao.system;

/** An upload past the size the API takes; the message says the limit (Vietnamese). */
public class TooLargeException extends UserFacingException {

    public TooLargeException(String message) {
        super(message);
    }
}

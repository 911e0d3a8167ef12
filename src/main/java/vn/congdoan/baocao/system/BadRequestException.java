package vn.congdoan.baocao.system;

/** The request cannot be read; the message says what is wrong (Vietnamese). */
public class BadRequestException extends UserFacingException {

    public BadRequestException(String message) {
        super(message);
    }
}

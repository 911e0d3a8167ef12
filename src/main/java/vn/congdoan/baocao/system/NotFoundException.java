package vn.congdoan.baocao.system;

/** Something the request names does not exist; the message is shown to the user (Vietnamese). */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String message) {
        super(message);
    }
}

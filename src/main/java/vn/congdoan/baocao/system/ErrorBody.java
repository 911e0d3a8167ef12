package vn.congdoan.baocao.system;

/** The JSON body of every error answer of the API; {@code message} is Vietnamese, for the user. */
public record ErrorBody(int status, String error, String message) {
}

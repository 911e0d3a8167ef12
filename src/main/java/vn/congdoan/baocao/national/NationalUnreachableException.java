package vn.congdoan.baocao.national;

/** The national instance gave no usable answer: the job is retried, and after its retries it is an incident. */
public class NationalUnreachableException extends RuntimeException {

    NationalUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    NationalUnreachableException(String message) {
        super(message);
    }
}

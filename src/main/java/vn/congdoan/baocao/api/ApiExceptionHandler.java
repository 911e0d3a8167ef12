package vn.congdoan.baocao.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.congdoan.baocao.cycle.CycleParametersException;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ErrorBody;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.TooLargeException;

/** Every error of the API as JSON with a Vietnamese message. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ErrorBody> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CycleParametersException.class)
    ResponseEntity<Violations> cycleParameters(CycleParametersException e) {
        return ResponseEntity.unprocessableEntity().body(new Violations(422, "UNPROCESSABLE_ENTITY", e.getMessage(),
                e.violations()));
    }

    @ExceptionHandler(ReportRejectedException.class)
    ResponseEntity<ReportViolations> reportRejected(ReportRejectedException e) {
        return ResponseEntity.unprocessableEntity().body(new ReportViolations(422, "UNPROCESSABLE_ENTITY",
                e.getMessage(), e.violations()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ErrorBody> forbidden(ForbiddenException e) {
        return body(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ErrorBody> conflict(ConflictException e) {
        return body(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ErrorBody> badRequest(BadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<ErrorBody> tooLarge(TooLargeException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorBody> uploadTooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, SpreadsheetController.TOO_LARGE);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> badParameter(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST,
                "Tham số «" + e.getName() + "» không hợp lệ: «" + e.getValue() + "»"
                        + (e.getName().equals("on") ? " (cần ngày dạng yyyy-MM-dd, ví dụ 2020-08-01)." : "."));
    }

    /** Spring's own errors (unknown path, wrong method, missing parameter, unreadable body) keep their status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return body(status, "Yêu cầu không thực hiện được (" + status.value() + " " + status.getReasonPhrase()
                    + "): " + known.getBody().getDetail());
        }
        log.error("Unexpected error in the API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống; dữ liệu đã lưu không bị ảnh hưởng. Vui lòng thử lại.");
    }

    record ReportViolations(int status, String error, String message, List<Violation> violations) {
    }

    record Violations(int status, String error, String message, List<FieldViolation> violations) {
    }

    private static ResponseEntity<ErrorBody> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ErrorBody(status.value(), status.name(), message));
    }
}

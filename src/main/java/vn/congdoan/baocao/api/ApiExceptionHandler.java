package vn.congdoan.baocao.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.congdoan.baocao.cycle.CycleParametersException;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.TextsNotStoredException;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.pdf.PdfOffException;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ErrorBody;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.ProblemsRefused;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.TooLargeException;
import vn.congdoan.baocao.system.UnreadableJson;

/** Every error of the API as JSON with a Vietnamese message. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ObjectMapper json;

    ApiExceptionHandler(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ErrorBody> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CycleParametersException.class)
    ResponseEntity<Violations> cycleParameters(CycleParametersException e) {
        return ResponseEntity.unprocessableEntity().body(new Violations(422, "UNPROCESSABLE_ENTITY", e.getMessage(),
                e.violations()));
    }

    /** A text longer than its column: the rest of what was sent is stored, the text is named. */
    @ExceptionHandler(TextsNotStoredException.class)
    ResponseEntity<ReportViolations> textsNotStored(TextsNotStoredException e) {
        HttpStatus status = e.tooLong() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).body(new ReportViolations(status.value(), status.name(), e.getMessage(),
                e.violations()));
    }

    @ExceptionHandler(ReportRejectedException.class)
    ResponseEntity<ReportViolations> reportRejected(ReportRejectedException e) {
        return ResponseEntity.unprocessableEntity().body(new ReportViolations(422, "UNPROCESSABLE_ENTITY",
                e.getMessage(), e.violations()));
    }

    @ExceptionHandler(ProblemsRefused.class)
    ResponseEntity<Problems> problemsRefused(ProblemsRefused e) {
        return ResponseEntity.unprocessableEntity().body(new Problems(422, "UNPROCESSABLE_ENTITY", e.getMessage(),
                e.problems()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ErrorBody> forbidden(ForbiddenException e) {
        return body(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(PdfOffException.class)
    ResponseEntity<ErrorBody> pdfOff(PdfOffException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
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
                "Tham số «" + e.getName() + "» không hợp lệ: «" + StoredText.quote(String.valueOf(e.getValue())) + "»"
                        + (e.getName().equals("on") ? " (cần ngày dạng yyyy-MM-dd, ví dụ 2020-08-01)." : "."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        boolean missing = e.getCause() == null && e.getMessage() != null
                && e.getMessage().startsWith("Required request body is missing");
        return body(HttpStatus.BAD_REQUEST, missing ? UnreadableJson.MISSING_BODY : UnreadableJson.describe(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "không ghi Content-Type"
                : "dạng «" + e.getContentType().getType() + "/" + e.getContentType().getSubtype() + "»";
        boolean json = e.getSupportedMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Địa chỉ này không nhận nội dung " + sent + "; hãy gửi "
                + (json ? "JSON (Content-Type: application/json, mã UTF-8)."
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                        .collect(Collectors.joining(", ")) + "."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        String message = "Địa chỉ này không nhận phương thức " + StoredText.quote(e.getMethod())
                + (allowed.isEmpty() ? "." : "; dùng " + allowed.stream().map(HttpMethod::name).sorted()
                .collect(Collectors.joining(", ")) + ".");
        HttpHeaders headers = new HttpHeaders();
        headers.setAllow(allowed);
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(new ErrorBody(405, HttpStatus.METHOD_NOT_ALLOWED.name(), message));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noSuchPath(HttpServletRequest request) {
        return body(HttpStatus.NOT_FOUND, "Không có địa chỉ «" + StoredText.quote(request.getRequestURI())
                + "» trong API (xem danh sách địa chỉ trong README).");
    }

    /** Written as JSON whatever the request accepts: content negotiation would leave the answer empty. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(new ErrorBody(406, HttpStatus.NOT_ACCEPTABLE.name(),
                "Địa chỉ này trả lời bằng JSON (hoặc tệp .docx, .xlsx); tiêu đề Accept của yêu cầu không nhận dạng đó.")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ErrorBody> missingPart(MissingServletRequestPartException e) {
        return body(HttpStatus.BAD_REQUEST, "Thiếu phần «" + StoredText.quote(e.getRequestPartName())
                + "» của biểu mẫu multipart/form-data: gửi tệp trong trường «file».");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorBody> unreadableMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "Nội dung multipart/form-data không đọc được: hãy gửi tệp trong trường "
                + "«file» của biểu mẫu, hoặc gửi thẳng tệp làm nội dung yêu cầu.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, "Thiếu tham số «" + StoredText.quote(e.getParameterName()) + "».");
    }

    /** Spring's other errors keep their status, said without Spring's English. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return body(status, "Yêu cầu không thực hiện được (mã " + status.value() + ").");
        }
        log.error("Unexpected error in the API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống; dữ liệu đã lưu không bị ảnh hưởng. Vui lòng thử lại.");
    }

    record ReportViolations(int status, String error, String message, List<Violation> violations) {
    }

    /** @param problems each naming its unit or row and the value refused */
    record Problems(int status, String error, String message, List<String> problems) {
    }

    record Violations(int status, String error, String message, List<FieldViolation> violations) {
    }

    private static ResponseEntity<ErrorBody> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ErrorBody(status.value(), status.name(), message));
    }
}

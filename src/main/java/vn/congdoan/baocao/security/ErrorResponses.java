package vn.congdoan.baocao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import vn.congdoan.baocao.system.ErrorBody;

/** The refusals of the security filters, as JSON with a Vietnamese message like every error of the API. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), new ErrorBody(status.value(), status.name(), message));
    }

    /** 429 with Retry-After in whole seconds, rounded up. */
    static void tooManyAttempts(HttpServletResponse response, ObjectMapper json, String userId, Duration wait)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        String after = seconds < 120 ? seconds + " giây" : (seconds + 59) / 60 + " phút";
        write(response, json, HttpStatus.TOO_MANY_REQUESTS, "Đã nhập sai mật khẩu của «" + userId
                + "» nhiều lần liền từ địa chỉ này: hãy thử lại sau " + after + ".");
    }
}

package vn.congdoan.baocao.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error page for what it refuses before the application sees the request (an encoded slash or
 * NUL in the path, a malformed request line): the API's JSON body with a Vietnamese message, not HTML.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(new ErrorBody(status, known == null ? String.valueOf(status)
                        : known.name(), message(status))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response was committed meanwhile: nothing more to say
        }
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu bị từ chối trước khi tới ứng dụng: địa chỉ có ký tự mã hóa không được phép (như %2F, "
                    + "%5C, %00), địa chỉ hay tiêu đề quá dài, hoặc yêu cầu sai cú pháp HTTP.";
            case 404 -> "Không có địa chỉ này.";
            case 405 -> "Địa chỉ này không nhận phương thức của yêu cầu.";
            case 413 -> "Yêu cầu quá lớn.";
            case 414 -> "Địa chỉ yêu cầu quá dài.";
            case 431 -> "Tiêu đề yêu cầu quá lớn.";
            case 500 -> "Lỗi hệ thống; dữ liệu đã lưu không bị ảnh hưởng. Vui lòng thử lại.";
            case 503 -> "Hệ thống đang bận hoặc đang khởi động; vui lòng thử lại sau.";
            default -> "Yêu cầu không thực hiện được (mã " + status + ").";
        };
    }
}

package vn.congdoan.baocao.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdoan.baocao.system.ErrorBody;

/**
 * The OpenAPI description of {@code /api} (at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * every operation with the error bodies it can answer, each with a Vietnamese example as the API writes it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String LOGIN = "dangNhap";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Bean
    OpenAPI reportingApi() {
        return new OpenAPI()
                .info(new Info().title("API báo cáo sơ kết của Liên đoàn Lao động").version("1")
                        .description("Các bước của đợt báo cáo như trong Tasklist: khởi tạo, kế hoạch, báo cáo của "
                                + "đơn vị, xem xét, đơn vị chậm báo cáo, báo cáo của tỉnh, gửi Tổng Liên đoàn; văn bản "
                                + "và bảng số liệu để tải về. Mọi lỗi trả về JSON có thông báo tiếng Việt."))
                .components(new Components().addSecuritySchemes(LOGIN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Tên đăng nhập và mật khẩu như khi đăng nhập Tasklist; hoặc phiên đăng nhập "
                                + "Tasklist kèm mã chống giả mạo X-XSRF-TOKEN")))
                .addSecurityItem(new SecurityRequirement().addList(LOGIN));
    }

    @Bean
    OpenApiCustomizer errorBodies() {
        return api -> {
            Map<String, Schema> schemas = new LinkedHashMap<>();
            schemas.putAll(ModelConverters.getInstance().read(ErrorBody.class));
            schemas.putAll(ModelConverters.getInstance().read(ApiExceptionHandler.Violations.class));
            schemas.putAll(ModelConverters.getInstance().read(ApiExceptionHandler.ReportViolations.class));
            schemas.forEach(api.getComponents()::addSchemas);
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> addErrors(path, method, operation)));
        };
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        respond(operation, "401", "Chưa đăng nhập, hoặc sai tên đăng nhập hay mật khẩu", "ErrorBody",
                error(401, "UNAUTHORIZED",
                        "Cần đăng nhập: gửi tên người dùng và mật khẩu (HTTP Basic) hoặc đăng nhập Tasklist trước."));
        respond(operation, "403", "Người dùng không có quyền với việc hay dữ liệu này", "ErrorBody",
                error(403, "FORBIDDEN", "Chỉ Ban Chính sách pháp luật và QHLĐ được xem xét báo cáo của đơn vị."));
        respond(operation, "429", "Đăng nhập sai quá nhiều lần; thử lại sau số giây ở Retry-After", "ErrorBody",
                error(429, "TOO_MANY_REQUESTS",
                        "Đã nhập sai mật khẩu của «hoalu» nhiều lần liền từ địa chỉ này: hãy thử lại sau 60 giây."));
        if (path.contains("{cycle}")) {
            respond(operation, "404", "Không có đợt báo cáo (hay báo cáo, lần gửi) này", "ErrorBody",
                    error(404, "NOT_FOUND", "Không có đợt báo cáo số 99."));
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            respond(operation, "400", "Nội dung gửi lên không đọc được (JSON sai, trường không có trong API)", "ErrorBody",
                    error(400, "BAD_REQUEST", "Nội dung yêu cầu không đọc được: nội dung bị cắt ngang (thiếu phần cuối của JSON)."));
            respond(operation, "409", "Việc này không làm được ở bước hiện tại của đợt báo cáo", "ErrorBody",
                    error(409, "CONFLICT", "Đợt báo cáo số 1 đã ghi việc gửi báo cáo về Tổng Liên đoàn."));
            boolean report = path.contains("/reports/{unit}/draft") || path.contains("/reports/{unit}/submit")
                    || path.endsWith("table.xlsx");
            if (report) {
                respond(operation, "422", "Báo cáo bị từ chối: từng ô, mục hay quy tắc cần sửa (bản nháp vẫn được lưu)",
                        "ReportViolations", reportViolations());
                respond(operation, "413", "Nội dung quá lớn (một mục quá 200.000 ký tự, tệp quá 5 MB)", "ReportViolations",
                        null);
            } else {
                respond(operation, "422", "Tham số không hợp lệ: từng trường cần sửa", "Violations", violations());
            }
        }
    }

    private static void respond(Operation operation, String status, String description, String schema, Object example) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        MediaType body = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema));
        if (example != null) {
            body.addExamples("vi", new Example().value(example));
        }
        operation.getResponses().addApiResponse(status,
                new ApiResponse().description(description).content(new Content().addMediaType(JSON, body)));
    }

    private static Map<String, Object> error(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    private static Map<String, Object> violations() {
        String problem = "Đơn vị «hoalu» (Liên đoàn Lao động huyện Hoa Lư) không còn hoạt động vào ngày kế hoạch "
                + "20/11/2026 (hiệu lực từ 1/4/1992 đến 30/6/2025).";
        Map<String, Object> body = error(422, "UNPROCESSABLE_ENTITY", "Không khởi tạo được đợt báo cáo: " + problem);
        body.put("violations", List.of(Map.of("field", "units[0]", "message", problem)));
        return body;
    }

    private static Map<String, Object> reportViolations() {
        String problem = "Năm 2018: «Số cơ quan, đơn vị, doanh nghiệp có xây dựng quy chế đối thoại» (101) lớn hơn "
                + "«Tổng số DN thuộc đối tượng thực hiện đối thoại, trong đó» (100)";
        Map<String, Object> body = error(422, "UNPROCESSABLE_ENTITY", "Báo cáo chưa nộp được; số liệu và nội dung đã "
                + "được lưu thành bản nháp. Cần sửa:\n- " + problem + " (V01)");
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("rule", "V01");
        cell.put("severity", "ERROR");
        cell.put("indicator", "I04");
        cell.put("period", "2018");
        cell.put("section", null);
        cell.put("message", problem);
        body.put("violations", List.of(cell));
        return body;
    }
}

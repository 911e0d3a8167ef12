package vn.congdoan.baocao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.ErrorAnswers;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.RawRequests;
import vn.congdoan.baocao.support.ReportBodies;

/** Requests the API cannot read answer 4xx in JSON with a Vietnamese message, never 500 or Tomcat's HTML page. */
class BadRequestsTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();
    private RawRequests raw;

    @BeforeEach
    void client() {
        raw = new RawRequests(http.getRootUri());
    }

    @Test
    void anUnreadableBodyIs400NamingTheFieldAndChangesNothing() throws Exception {
        long cycle = IssuedCycles.issue(new ApiClient(http), management, List.of("hoalu"));
        String draft = "/api/cycles/" + cycle + "/reports/hoalu/draft";
        assertThat(new ApiClient(http).put(draft, "hoalu", ReportBodies.body(Map.of("I01", Map.of("2016", 3)),
                Map.of("P1.I.1", "Đã lưu."))).getStatusCode().value()).isEqualTo(200);
        String saved = report(cycle);

        assertThat(unreadable(draft, "{\"values\":")).isEqualTo("Nội dung yêu cầu không đọc được: nội dung bị cắt "
                + "ngang (thiếu phần cuối của JSON) (ở trường «values»).");
        assertThat(unreadable(draft, "{\"values\":[1,2]}"))
                .isEqualTo("Nội dung yêu cầu không đọc được: trường «values» cần một đối tượng JSON {…}, không phải một mảng.");
        assertThat(unreadable(draft, "{\"sections\":{\"P1.I.1\":[\"a\"]}}")).isEqualTo("Nội dung yêu cầu không đọc "
                + "được: trường «sections.P1.I.1» cần một chuỗi văn bản, không phải một mảng.");
        assertThat(unreadable(draft, "")).startsWith("Thiếu nội dung yêu cầu: cần gửi một đối tượng JSON");
        assertThat(unreadable(draft, "{\"values\":{\"I01\":{\"2016\":NaN}}}")).isEqualTo("Nội dung yêu cầu không "
                + "đọc được: NaN và Infinity không phải số trong JSON; hãy ghi một số, hoặc null nếu để trống "
                + "(ở trường «values.I01.2016»).");
        byte[] notUtf8 = "{\"sections\":{\"P1.I.1\":\"\u00ff bad\"}}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ErrorAnswers.message(raw.send("PUT", draft, "hoalu", "application/json", notUtf8), 400))
                .startsWith("Nội dung yêu cầu không đọc được: có byte không đúng mã UTF-8");
        byte[] encodedSurrogate = "{\"sections\":{\"P1.I.1\":\"ab???cd\"}}".getBytes(StandardCharsets.UTF_8);
        encodedSurrogate[25] = (byte) 0xed;
        encodedSurrogate[26] = (byte) 0xa0;
        encodedSurrogate[27] = (byte) 0x80;
        assertThat(ErrorAnswers.message(raw.send("PUT", draft, "hoalu", "application/json", encodedSurrogate), 400))
                .isEqualTo("Nội dung yêu cầu không đọc được: có byte không đúng mã UTF-8; hãy gửi văn bản mã UTF-8 "
                        + "(ở byte thứ 26).");
        byte[] huge = ("{\"sections\":{\"P1.I.1\":\"" + " ".repeat(17 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ErrorAnswers.message(raw.send("PUT", draft, "hoalu", "application/json", huge), 413))
                .startsWith("Nội dung yêu cầu quá lớn: tối đa 16 MB");
        String deep = "{\"values\":{\"I01\":{\"2016\":" + "[".repeat(5000) + "]".repeat(5000) + "}}}";
        assertThat(unreadable(draft, deep)).startsWith("Nội dung yêu cầu không đọc được: JSON lồng nhau quá sâu");
        assertThat(unreadable(draft, "[\"values\"]")).isEqualTo("Nội dung yêu cầu không đọc được: cần một đối "
                + "tượng JSON {…}, không phải một mảng.");

        long next = IssuedCycles.plan(new ApiClient(http), List.of("hoalu"));
        assertThat(ErrorAnswers.message(raw.json("POST", "/api/cycles/" + next + "/plan/review", "thuongtruc",
                "{\"decision\":[\"ACCEPT\"]}"), 400)).isEqualTo("Nội dung yêu cầu không đọc được: trường «decision» "
                + "cần một chuỗi văn bản, không phải một mảng.");
        assertThat(ErrorAnswers.message(raw.json("POST", "/api/cycles", "cspl", "{\"units\":{\"hoalu\":1}}"), 400))
                .isEqualTo("Nội dung yêu cầu không đọc được: trường «units» cần một mảng JSON […], không phải một đối tượng.");
        assertThat(report(cycle)).isEqualTo(saved);
    }

    @Test
    void aFigureNoNumberCanHoldIsRefusedByItsCell() throws Exception {
        long cycle = IssuedCycles.issue(new ApiClient(http), management, List.of("hoalu"));
        RawRequests.Answer refused = raw.json("PUT", "/api/cycles/" + cycle + "/reports/hoalu/draft", "hoalu",
                "{\"values\":{\"I01\":{\"2016\":1e400,\"2017\":1e-400}}}");
        ErrorAnswers.message(refused, 422);
        List<String> messages = json.readTree(refused.body()).path("violations").findValuesAsText("message");
        assertThat(messages).containsExactly(
                "Năm 2016: «Số lớp tập huấn» (I01) — «1E+400» quá 9 chữ số; chỉ nhận số nguyên từ 0 đến 999 999 999.",
                "Năm 2017: «Số lớp tập huấn» (I01) — «1E-400» có phần thập phân; chỉ nhận số nguyên.");
    }

    @Test
    void aDecisionIsReadWithoutItsSurroundingSpaces() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.plan(api, List.of("hoalu"));
        assertThat(api.post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", " ACCEPT "))
                .getStatusCode().value()).isEqualTo(204);
        Jobs.runAll(management);
        assertThat(json.readTree(api.get("/api/cycles/" + cycle, "cspl", "demo").getBody()).path("stage").asText())
                .isEqualTo("REPORTING");
    }

    @Test
    void aWrongMethodOrMediaTypeIsSaidInVietnamese() {
        RawRequests.Answer delete = raw.send("DELETE", "/api/cycles", "cspl", null, null);
        assertThat(ErrorAnswers.message(delete, 405)).isEqualTo("Địa chỉ này không nhận phương thức DELETE; dùng GET, POST.");
        assertThat(delete.allow()).contains("GET", "POST");
        assertThat(ErrorAnswers.message(raw.send("PUT", "/api/cycles/1/reports/hoalu/draft", "hoalu", "text/plain",
                "hello".getBytes(StandardCharsets.UTF_8)), 415)).isEqualTo("Địa chỉ này không nhận nội dung dạng "
                + "«text/plain»; hãy gửi JSON (Content-Type: application/json, mã UTF-8).");
        byte[] form = "--b\r\nContent-Disposition: form-data; name=\"values\"\r\n\r\n{}\r\n--b--\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ErrorAnswers.message(raw.send("PUT", "/api/cycles/1/reports/hoalu/draft", "hoalu",
                "multipart/form-data; boundary=b", form), 415)).startsWith("Địa chỉ này không nhận nội dung dạng "
                + "«multipart/form-data»; hãy gửi JSON");
        ErrorAnswers.message(raw.send("GET", "/api/khongco", "cspl", null, null), 404);
    }

    @Test
    void aPathTomcatRefusesIsAnsweredInJson() {
        for (String path : List.of("/api/cycles/1/reports/a%2Fb", "/api/cycles/1/reports/a%00b", "/api/cycles/a%5Cb",
                "/engine-rest/task/a%2Fb")) {
            assertThat(ErrorAnswers.message(raw.send("GET", path, "cspl", null, null), 400)).as(path)
                    .startsWith("Yêu cầu bị từ chối trước khi tới ứng dụng: địa chỉ có ký tự mã hóa không được phép");
        }
        assertThat(raw.send("GET", "/api/cycles/1/reports/a%2Fb", null, null, null).status()).isEqualTo(400);
    }

    private String unreadable(String path, String body) {
        return ErrorAnswers.message(raw.json("PUT", path, "hoalu", body), 400);
    }

    private String report(long cycle) {
        return new ApiClient(http).get("/api/cycles/" + cycle + "/reports/hoalu", "hoalu", "demo").getBody();
    }
}

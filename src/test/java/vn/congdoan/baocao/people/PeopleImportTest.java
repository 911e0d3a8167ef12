package vn.congdoan.baocao.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/** People imported by the administrators with a dry run; a new person sets their own password with a link, once. */
class PeopleImportTest extends EmbeddedAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "Tên đăng nhập,Họ và tên,Thư điện tử,Đơn vị hoặc vai trò\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;

    @Test
    void aDryRunChangesNothingTheImportMakesThePeopleWhoSetTheirOwnPasswords() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String csv = HEADER + "an" + tag + ",Nguyễn Văn An,an@hoalu.example.org,hoalu\n"
                + "binh" + tag + ",Trần Thị Bình,,cspl; giamsat\n";

        JsonNode dry = JSON.readTree(upload(csv, "quantri", true).getBody());
        assertThat(dry.path("applied").asBoolean()).isFalse();
        assertThat(dry.path("changes").get(0).asText()).isEqualTo("Thêm tài khoản «an" + tag + "» Nguyễn Văn An "
                + "(an@hoalu.example.org), vào nhóm «hoalu»; gửi liên kết đặt mật khẩu.");
        assertThat(identity.createUserQuery().userId("an" + tag).count()).isZero();

        JsonNode done = JSON.readTree(upload(csv, "quantri", false).getBody());
        assertThat(done.path("applied").asBoolean()).isTrue();
        User an = identity.createUserQuery().userId("an" + tag).singleResult();
        assertThat(an.getFirstName() + " " + an.getLastName()).isEqualTo("Nguyễn Văn An");
        assertThat(identity.createUserQuery().memberOfGroup("hoalu").userId("an" + tag).count()).isOne();
        assertThat(identity.createUserQuery().memberOfGroup("giamsat").userId("binh" + tag).count()).isOne();
        assertThat(identity.createUserQuery().memberOfGroup("cspl").userId("binh" + tag).count()).isOne();
        // no mail server here: the links are for the administrator to hand over
        JsonNode link = done.path("links").get(0);
        assertThat(link.path("userId").asText()).isEqualTo("an" + tag);
        assertThat(link.path("note").asText()).contains("Chưa cấu hình máy chủ thư");
        String token = link.path("url").asText().substring(link.path("url").asText().indexOf('#') + 1);
        assertThat(link.path("url").asText()).startsWith("http://localhost:8080/mat-khau.html#");

        assertThat(post("/password-link/check", Map.of("token", token)).getBody()).contains("\"user\":\"an" + tag + "\"");
        ResponseEntity<String> weak = post("/password-link", Map.of("token", token, "password", "an" + tag + "-2026!"));
        assertThat(weak.getStatusCode().value()).isEqualTo(422);
        assertThat(weak.getBody()).contains("Mật khẩu không được chứa tên đăng nhập");
        assertThat(post("/password-link", Map.of("token", token, "password", "ngắn")).getBody())
                .contains("Mật khẩu cần ít nhất 10 ký tự (mật khẩu vừa nhập có 4)");
        assertThat(post("/password-link", Map.of("token", token, "password", "Sông Đáy mùa lũ 2026")).getStatusCode().value())
                .isEqualTo(204);
        assertThat(identity.checkPassword("an" + tag, "Sông Đáy mùa lũ 2026")).isTrue();
        HttpHeaders login = new HttpHeaders();
        login.setBasicAuth("an" + tag, "Sông Đáy mùa lũ 2026", StandardCharsets.UTF_8);
        assertThat(http.exchange("/api/session", HttpMethod.GET, new HttpEntity<>(login), String.class).getBody())
                .contains("hoalu");
        ResponseEntity<String> again = post("/password-link", Map.of("token", token, "password", "Một mật khẩu khác 2026"));
        assertThat(again.getStatusCode().value()).isEqualTo(404);
        assertThat(again.getBody()).contains("không còn dùng được");

        // a forgotten password: a new link, which voids the older ones
        JsonNode reissued = JSON.readTree(new ApiClient(http).post("/api/people/binh" + tag + "/password-link", "quantri", null)
                .getBody());
        String first = reissued.path("url").asText().substring(reissued.path("url").asText().indexOf('#') + 1);
        JsonNode second = JSON.readTree(new ApiClient(http).post("/api/people/binh" + tag + "/password-link", "quantri", null)
                .getBody());
        assertThat(post("/password-link/check", Map.of("token", first)).getStatusCode().value()).isEqualTo(404);
        assertThat(second.path("url").asText()).isNotEqualTo(reissued.path("url").asText());
        assertThat(new ApiClient(http).post("/api/people/admin/password-link", "quantri", null).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void anExistingPersonGetsTheNameAndGroupsOfTheFileAndKeepsTheOthers() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        upload(HEADER + "cuong" + tag + ",Lê Văn Cường,,hoalu\n", "quantri", false);
        JsonNode changed = JSON.readTree(upload(HEADER + "cuong" + tag + ",Lê Quang Cường,cuong@example.org,kimson\n",
                "quantri", false).getBody());
        List<String> lines = new ArrayList<>();
        changed.path("changes").forEach(c -> lines.add(c.asText()));
        assertThat(lines).containsExactly("«cuong" + tag + "»: đổi họ tên «Lê Văn Cường» thành «Lê Quang Cường».",
                "«cuong" + tag + "»: thư điện tử cuong@example.org.", "«cuong" + tag + "»: thêm vào nhóm «kimson».");
        assertThat(identity.createGroupQuery().groupMember("cuong" + tag).list()).extracting("id")
                .containsExactlyInAnyOrder("hoalu", "kimson");
        assertThat(changed.path("links")).isEmpty();
    }

    @Test
    void everyBadRowIsNamedAndNoPersonIsMade() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        new ApiClient(http).post("/api/units", "quantri", Map.of("code", "cu-" + tag, "name", "Đơn vị đã giải thể",
                "kind", "ZONE", "validFrom", "2000-01-01", "validTo", "2010-12-31"));
        String csv = HEADER + "tot" + tag + ",Người Đúng,,hoalu\n"
                + "Sai Ten,Người Sai,,hoalu\n"
                + "admin,Quản trị,,cspl\n"
                + "vo" + tag + ",,khong-phai-thu,khong-co\n"
                + "cu" + tag + ",Người Đơn Vị Cũ,,cu-" + tag + "\n"
                + "tot" + tag + ",Trùng,,hoalu\n";

        ResponseEntity<String> refused = upload(csv, "quantri", false);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        List<String> problems = new ArrayList<>();
        JSON.readTree(refused.getBody()).path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).containsExactly(
                "Dòng 3 (tài khoản «Sai Ten»): tên đăng nhập «Sai Ten» chỉ được gồm chữ thường không dấu, chữ số, dấu "
                        + "chấm, gạch dưới, gạch ngang (tối đa 64 ký tự).",
                "Dòng 4 (tài khoản «admin»): tài khoản «admin» là quản trị hệ thống, chỉ sửa trong Camunda Admin.",
                "Dòng 5 (tài khoản «vo" + tag + "»): chưa có họ và tên.",
                "Dòng 5 (tài khoản «vo" + tag + "»): địa chỉ thư điện tử «khong-phai-thu» không hợp lệ.",
                "Dòng 5 (tài khoản «vo" + tag + "»): «khong-co» không phải mã đơn vị trong danh mục, cũng không phải vai "
                        + "trò của tỉnh (cspl, giamsat, quantri, thuongtruc).",
                "Dòng 6 (tài khoản «cu" + tag + "»): đơn vị «cu-" + tag + "» đã kết thúc hoạt động ngày 31/12/2010.",
                "Dòng 7 (tài khoản «tot" + tag + "»): tài khoản «tot" + tag + "» đã có ở dòng 2.");
        assertThat(identity.createUserQuery().userId("tot" + tag).count()).isZero();
        assertThat(upload(csv, "cspl", true).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aBrokenOrForgedSetPasswordRequestIsRefusedWithAMessage() throws Exception {
        assertThat(post("/password-link/check", Map.of("token", "x")).getStatusCode().value()).isEqualTo(404);
        assertThat(post("/password-link", Map.of("token", "A".repeat(43), "password", "Mật khẩu đủ dài 2026"))
                .getStatusCode().value()).isEqualTo(404);
        for (String body : List.of("", "null", "[]", "{\"token\":[1]}", "{\"token\":", "\"x\"")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = http.exchange("/password-link", HttpMethod.POST,
                    new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
            assertThat(answer.getStatusCode().value()).as(body).isBetween(400, 499);
            assertThat(JSON.readTree(answer.getBody()).path("message").asText()).as(body).isNotBlank();
        }
    }

    private ResponseEntity<String> upload(String csv, String user, boolean dryRun) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return http.exchange("/api/people/import?dryRun=" + dryRun, HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}

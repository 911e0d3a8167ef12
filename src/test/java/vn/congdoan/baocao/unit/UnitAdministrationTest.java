package vn.congdoan.baocao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;

/**
 * The units kept through the API by the province's administrators, as the engine and the start form see them.
 * The units made here are of kinds no other test counts (ZONE, or COMMUNE from 2025), in the shared database.
 */
class UnitAdministrationTest extends EmbeddedAppTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    ManagementService management;

    private ApiClient api() {
        return new ApiClient(http);
    }

    /** A code no other test uses, so that the shared database keeps the demo units as they are. */
    private static String code(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private static Map<String, Object> unit(String code, String name, String kind, String validFrom) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", name);
        unit.put("kind", kind);
        unit.put("parent", "ldld-ninhbinh");
        unit.put("email", code + "@ninhbinh.example.org");
        unit.put("validFrom", validFrom);
        return unit;
    }

    @Test
    void aNewUnitGetsItsGroupNamedAsItselfWithTasklistRightsAndIsOfferedByTheStartForm() throws Exception {
        String code = code("phuong");
        ResponseEntity<String> created = api().post("/api/units", "quantri",
                unit(code, "Công đoàn phường Nam Thành", "COMMUNE", "2025-07-01"));

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/units/" + code);
        assertThat(JSON.readTree(created.getBody()).path("changes").get(0).asText())
                .isEqualTo("Thêm «" + code + "» Công đoàn phường Nam Thành (Công đoàn xã, phường, đặc khu), trực thuộc "
                        + "«ldld-ninhbinh», hoạt động từ 1/7/2025.");
        JsonNode read = JSON.readTree(api().get("/api/units/" + code, "hoalu", "demo").getBody());
        assertThat(read.path("groupId").asText()).isEqualTo(code);
        assertThat(identity.createGroupQuery().groupId(code).singleResult().getName()).isEqualTo("Công đoàn phường Nam Thành");
        assertThat(authorizations.isUserAuthorized(null, List.of(code), Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                .isTrue();
        assertThat(latestStartForm()).contains("Công đoàn phường Nam Thành");

        api().put("/api/units/" + code, "quantri", Map.of("name", "Công đoàn phường Nam Thành (mới)"));
        assertThat(identity.createGroupQuery().groupId(code).singleResult().getName())
                .isEqualTo("Công đoàn phường Nam Thành (mới)");
        assertThat(latestStartForm()).contains("Công đoàn phường Nam Thành (mới)");
    }

    @Test
    void onlyTheAdministratorsChangeTheUnits() {
        for (String user : List.of("cspl", "thuongtruc", "giamsat", "hoalu")) {
            ResponseEntity<String> refused = api().post("/api/units", user, unit(code("x"), "Thử", "COMMUNE", "2025-07-01"));
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(refused.getBody()).contains("Chỉ quản trị viên (nhóm «quantri»)");
        }
        assertThat(api().post("/api/units", "admin", unit(code("x"), "Thử", "COMMUNE", "2025-07-01"))
                .getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void theAdministratorsKeepTheUnitsPeopleButCannotRaiseThemselves() throws Exception {
        String code = code("xa");
        api().post("/api/units", "quantri", unit(code, "Công đoàn xã Yên Thắng", "COMMUNE", "2025-07-01"));
        assertThat(api().put("/engine-rest/group/" + code + "/members/hoalu", "quantri", null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(identity.createUserQuery().memberOfGroup(code).userId("hoalu").count()).isOne();
        assertThat(api().put("/engine-rest/group/camunda-admin/members/quantri", "quantri", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api().put("/engine-rest/group/quantri/members/hoalu", "quantri", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api().put("/engine-rest/user/admin/credentials", "quantri",
                Map.of("password", "chiemquyen-2026", "authenticatedUserPassword", "demo")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("quantri").count()).isZero();
    }

    @Test
    void everyProblemOfAUnitIsNamedAndNothingIsApplied() throws Exception {
        Map<String, Object> bad = unit("Phường 1", "", "commune", "2025-07-01");
        ResponseEntity<String> refused = api().post("/api/units", "quantri", bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(problems(refused)).containsExactly("Đơn vị «Phường 1»: mã đơn vị «Phường 1» chỉ được gồm chữ "
                + "thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang (tối đa 64 ký tự).",
                "Đơn vị «Phường 1»: chưa có tên đơn vị.",
                "Đơn vị «Phường 1»: loại đơn vị «commune» phải viết bằng chữ in hoa không dấu (như DISTRICT, COMMUNE, SECTOR).",
                "Đơn vị «Phường 1»: địa chỉ thư điện tử «Phường 1@ninhbinh.example.org» không hợp lệ.");

        String code = code("xa");
        Map<String, Object> wrong = unit(code, " ", "commune", "2025-07-01");
        wrong.put("parent", "khongco");
        wrong.put("email", "thu@");
        wrong.put("groupId", "cspl");
        wrong.put("validTo", "2025-01-01");
        assertThat(problems(api().post("/api/units", "quantri", wrong))).containsExactly(
                "Đơn vị «" + code + "»: chưa có tên đơn vị.",
                "Đơn vị «" + code + "»: loại đơn vị «commune» phải viết bằng chữ in hoa không dấu (như DISTRICT, COMMUNE, SECTOR).",
                "Đơn vị «" + code + "»: ngày kết thúc 1/1/2025 trước ngày bắt đầu 1/7/2025.",
                "Đơn vị «" + code + "»: đơn vị cấp trên «khongco» không có trong danh mục.",
                "Đơn vị «" + code + "»: địa chỉ thư điện tử «thu@» không hợp lệ.",
                "Đơn vị «" + code + "»: nhóm «cspl» là nhóm của Liên đoàn Lao động tỉnh, không dùng làm nhóm của đơn vị.");
        assertThat(api().get("/api/units/" + code, "quantri", "demo").getStatusCode().value()).isEqualTo(404);
        assertThat(identity.createGroupQuery().groupId(code).count()).isZero();

        assertThat(api().post("/api/units", "quantri", unit("hoalu", "Trùng mã", "DISTRICT", "2020-01-01"))
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aUnitMovesUnderAnotherButNeverUnderItselfOrItsOwnChild() throws Exception {
        String upper = code("cum");
        String lower = code("xa");
        api().post("/api/units", "quantri", unit(upper, "Cụm công đoàn phía Nam", "ZONE", "2025-07-01"));
        api().post("/api/units", "quantri", unit(lower, "Công đoàn xã Gia Sinh", "COMMUNE", "2025-07-01"));

        ResponseEntity<String> moved = api().put("/api/units/" + lower, "quantri", Map.of("parent", upper));
        assertThat(JSON.readTree(moved.getBody()).path("changes").get(0).asText())
                .isEqualTo("«" + lower + "»: chuyển về trực thuộc «" + upper + "» (trước: «ldld-ninhbinh»).");
        assertThat(problems(api().put("/api/units/" + upper, "quantri", Map.of("parent", lower)))).containsExactly(
                "Đơn vị «" + upper + "»: đặt «" + lower + "» làm cấp trên tạo thành vòng: «" + lower
                        + "» đang trực thuộc «" + upper + "».");
        assertThat(problems(api().put("/api/units/" + upper, "quantri", Map.of("parent", upper))))
                .containsExactly("Đơn vị «" + upper + "»: đơn vị không thể là cấp trên của chính nó.");
        assertThat(api().put("/api/units/" + upper, "quantri", Map.of("validTo", "2026-01-01")).getBody())
                .contains("Trường «validTo» không sửa được ở đây");
        assertThat(problems(api().post("/api/units/" + upper + "/end", "quantri", Map.of("validTo", "2026-12-31"))))
                .containsExactly("Đơn vị «" + upper + "»: kết thúc ngày 31/12/2026 nhưng còn đơn vị trực thuộc hoạt "
                        + "động sau ngày đó: «" + lower + "» (chuyển các đơn vị này sang cấp trên khác trước).");
    }

    @Test
    void aReorganisationEndsTheUnitsOnADayAndTheirSuccessorStartsTheNext() throws Exception {
        List<String> ended = List.of(code("huyen"), code("huyen"), code("huyen"));
        for (String code : ended) {
            api().post("/api/units", "quantri", unit(code, "Liên đoàn Lao động huyện " + code, "ZONE", "1992-04-01"));
        }
        String successor = code("phuong");
        Map<String, Object> body = Map.of("units", ended, "validTo", "2025-06-30", "successor",
                Map.of("code", successor, "name", "Công đoàn phường Tây Hoa Lư", "kind", "COMMUNE", "parent", "ldld-ninhbinh"));

        ResponseEntity<String> done = api().post("/api/units/reorganisations", "quantri", body);

        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(done.getBody()).path("changes")).hasSize(1 + 2 * ended.size());
        JsonNode created = JSON.readTree(api().get("/api/units/" + successor, "quantri", "demo").getBody());
        assertThat(created.path("validFrom").asText()).isEqualTo("2025-07-01");
        assertThat(identity.createGroupQuery().groupId(successor).singleResult().getName()).isEqualTo("Công đoàn phường Tây Hoa Lư");
        for (String code : ended) {
            JsonNode unit = JSON.readTree(api().get("/api/units/" + code, "quantri", "demo").getBody());
            assertThat(unit.path("validTo").asText()).isEqualTo("2025-06-30");
            assertThat(unit.path("successor").asText()).isEqualTo(successor);
            assertThat(identity.createGroupQuery().groupId(code).count()).as("an ended unit keeps its group").isOne();
        }
        JsonNode on1July = JSON.readTree(api().get("/api/units?on=2025-07-01", "quantri", "demo").getBody());
        assertThat(on1July.findValuesAsText("code")).contains(successor).doesNotContainAnyElementsOf(ended);

        String late = code("xa");
        api().post("/api/units", "quantri", unit(late, "Công đoàn xã mới", "COMMUNE", "2025-09-01"));
        String other = code("huyen");
        api().post("/api/units", "quantri", unit(other, "Liên đoàn Lao động huyện khác", "ZONE", "1992-04-01"));
        assertThat(problems(api().post("/api/units/" + other + "/end", "quantri",
                Map.of("validTo", "2025-06-30", "successor", late)))).containsExactly("Đơn vị «" + other + "»: đơn vị "
                + "kế tục «" + late + "» không hoạt động vào ngày 1/7/2025, ngày sau khi đơn vị kết thúc (hiệu lực của «"
                + late + "» từ 1/9/2025).");
    }

    @Test
    void aUnitACycleUsedIsNeverDeletedOneEnteredByMistakeIs() throws Exception {
        String mistaken = code("nham");
        api().post("/api/units", "quantri", unit(mistaken, "Nhập nhầm", "COMMUNE", "2025-07-01"));
        assertThat(api().delete("/api/units/" + mistaken, "quantri").getStatusCode().value()).isEqualTo(204);
        assertThat(api().get("/api/units/" + mistaken, "quantri", "demo").getStatusCode().value()).isEqualTo(404);

        String used = code("dung");
        api().post("/api/units", "quantri", unit(used, "Công đoàn đã báo cáo", "ZONE", "2000-01-01"));
        IssuedCycles.issue(api(), management, List.of(used));
        ResponseEntity<String> refused = api().delete("/api/units/" + used, "quantri");
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).contains("đã tham gia đợt báo cáo nên không xoá được");
    }

    private static List<String> problems(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(422);
        List<String> problems = new java.util.ArrayList<>();
        JSON.readTree(answer.getBody()).path("problems").forEach(p -> problems.add(p.asText()));
        return problems;
    }

    /** The start form as Tasklist opens it. */
    private String latestStartForm() {
        return api().get("/engine-rest/process-definition/key/campaign/deployed-start-form", "cspl", "demo").getBody();
    }
}

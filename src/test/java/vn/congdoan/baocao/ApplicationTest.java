package vn.congdoan.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.plan.PlanActions;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.WebappSession;

/** The whole application on the embedded default (H2 file database, demo data and users). */
class ApplicationTest extends EmbeddedAppTest {

    private static final List<String> UNIT_USERS = List.of("tpninhbinh", "tptamdiep", "hoalu", "giavien", "nhoquan",
            "yenkhanh", "yenmo", "kimson", "cdn-giaoduc", "cdn-yte", "cdn-congthuong", "cdn-nongnghiep",
            "cdn-xaydung", "cdn-gtvt", "cd-vienchuc", "cd-kcn");

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    CycleService cycles;
    @Autowired
    PlanActions plans;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient api() {
        return new ApiClient(http);
    }

    @Test
    void healthIsUpWithoutLogin() throws Exception {
        ResponseEntity<String> health = api().get("/actuator/health");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(health.getBody()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void apiAndEngineRestRefuseRequestsWithoutLogin() throws Exception {
        for (String path : List.of("/api/units", "/api/indicators", "/engine-rest/process-definition", "/engine-rest/task")) {
            ResponseEntity<String> anonymous = api().get(path);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(anonymous.getHeaders().getContentType()).as(path)
                    .isEqualTo(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8));
            assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
            assertThat(json.readTree(anonymous.getBody()).path("message").asText()).as(path).startsWith("Cần đăng nhập");

            assertThat(api().get(path, "khongco", "sai-mat-khau").getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(api().get(path, "cspl", "demo").getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void aWebappOutsideTheUsersRightsAnswersWithAVietnamesePage() {
        WebappSession session = WebappSession.login(http, "cspl", "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session.request(false).getHeaders());
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        ResponseEntity<String> admin = http.exchange("/camunda/app/admin/default/", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getBody()).contains("Bạn không có quyền vào trang này").doesNotContain("Whitelabel");
    }

    @Test
    void tasklistHasTheFiltersOfEachRole() {
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
                .containsExactlyInAnyOrder("Việc của đơn vị", "Sắp đến hạn", "Quá hạn", "Chờ tôi duyệt");
    }

    @Test
    void apiAcceptsTheTasklistSessionAndRequiresItsAntiForgeryTokenForChanges() throws Exception {
        WebappSession session = WebappSession.login(http, "giamsat", "demo");

        assertThat(http.exchange("/api/units", HttpMethod.GET, session.request(false), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> forged = http.exchange("/api/units", HttpMethod.POST, session.request(false), String.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(forged.getBody()).path("message").asText()).contains("X-XSRF-TOKEN");
        ResponseEntity<String> withToken = http.exchange("/api/indicators", HttpMethod.POST, session.request(true), String.class);
        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(json.readTree(withToken.getBody()).path("status").asInt()).isEqualTo(405);
    }

    @Test
    void listsTheDemoUnitsAndThoseValidOnADay() throws Exception {
        JsonNode all = body(api().get("/api/units", "hoalu", "demo"));
        assertThat(codes(all)).hasSize(17).containsAll(UNIT_USERS).contains("ldld-ninhbinh");
        JsonNode hoalu = find(all, "code", "hoalu");
        assertThat(hoalu.path("name").asText()).isEqualTo("Liên đoàn Lao động huyện Hoa Lư");
        assertThat(hoalu.path("kind").asText()).isEqualTo("DISTRICT");
        assertThat(hoalu.path("parent").asText()).isEqualTo("ldld-ninhbinh");
        assertThat(hoalu.path("groupId").asText()).isEqualTo("hoalu");
        assertThat(hoalu.path("validTo").asText()).isEqualTo("2025-06-30");

        assertThat(codes(body(api().get("/api/units?on=2020-08-01", "hoalu", "demo")))).hasSize(17);
        JsonNode after2025 = body(api().get("/api/units?on=2025-08-01", "hoalu", "demo"));
        assertThat(codes(after2025)).hasSize(9).contains("cdn-giaoduc").doesNotContain("hoalu", "tpninhbinh");

        ResponseEntity<String> badDay = api().get("/api/units?on=01/08/2020", "hoalu", "demo");
        assertThat(badDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badDay.getBody()).path("message").asText())
                .isEqualTo("Tham số «on» không hợp lệ: «01/08/2020» (cần ngày dạng yyyy-MM-dd, ví dụ 2020-08-01).");
    }

    @Test
    void servesTheIndicatorCatalogueVerbatim() throws Exception {
        JsonNode catalogue = body(api().get("/api/indicators", "cspl", "demo"));
        assertThat(catalogue.path("template").asText()).isEqualTo("nq02-2016-2020");
        assertThat(catalogue.path("title").asText()).isEqualTo("Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT");
        JsonNode indicators = catalogue.path("indicators");
        assertThat(indicators).hasSize(22);
        JsonNode i16 = find(indicators, "code", "I16");
        assertThat(i16.path("label").asText()).isEqualTo("Tổng số DN có tổ chức công đoàn có tổ chức đối thoại đột xuất");
        assertThat(i16.path("group").asText()).isEqualTo("3.2");
        assertThat(i16.path("unit").asText()).isEqualTo("DN");
        assertThat(i16.path("total").asText()).isEqualTo("SUM");
        assertThat(find(indicators, "code", "I18").path("copyOf").asText()).isEqualTo("I16");
        assertThat(find(indicators, "code", "I05").path("total").asText()).isEqualTo("LAST");
        assertThat(catalogue.path("groups")).hasSize(7);
        assertThat(catalogue.path("rules")).hasSize(12);
        assertThat(find(catalogue.path("rules"), "id", "V05").path("severity").asText()).isEqualTo("WARNING");

        ResponseEntity<String> unknown = api().get("/api/indicators?template=khong-co", "cspl", "demo");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).path("message").asText()).isEqualTo("Không có mẫu chiến dịch «khong-co».");
    }

    @Test
    void servesTheOutline() throws Exception {
        JsonNode outline = body(api().get("/api/outline", "cspl", "demo"));
        assertThat(outline.path("title").asText()).isEqualTo("ĐỀ CƯƠNG");
        JsonNode sections = outline.path("sections");
        assertThat(sections).hasSize(17);
        JsonNode s331 = find(sections, "code", "P1.II.3.1");
        assertThat(s331.path("parent").asText()).isEqualTo("P1.II.3");
        assertThat(s331.path("number").asText()).isEqualTo("3.1.");
        assertThat(s331.path("title").asText()).isEqualTo("Đánh giá kết quả tham gia tổ chức thực hiện đối thoại tại doanh nghiệp.");
        assertThat(s331.path("text").asBoolean()).isTrue();
        assertThat(find(sections, "code", "P1.II.3").path("text").asBoolean()).isFalse();
        List<String> order = new ArrayList<>();
        sections.forEach(s -> order.add(s.path("code").asText()));
        assertThat(order).startsWith("P1", "P1.I", "P1.I.1").endsWith("P2", "P2.I", "P2.II");
    }

    @Test
    void demoUsersAndGroupsExistWithTheirApplications() {
        for (String unit : UNIT_USERS) {
            assertThat(identity.checkPassword(unit, "demo")).as(unit).isTrue();
            assertThat(groupsOf(unit)).as(unit).containsExactly(unit);
            assertThat(canAccess(unit, "tasklist")).as(unit).isTrue();
            assertThat(canAccess(unit, "cockpit")).as(unit).isFalse();
        }
        assertThat(identity.createGroupQuery().groupId("hoalu").singleResult().getName())
                .isEqualTo("Liên đoàn Lao động huyện Hoa Lư");
        for (String staff : List.of("cspl", "thuongtruc", "giamsat")) {
            assertThat(identity.checkPassword(staff, "demo")).as(staff).isTrue();
            assertThat(groupsOf(staff)).as(staff).containsExactly(staff);
            assertThat(canAccess(staff, "tasklist")).as(staff).isTrue();
        }
        assertThat(canAccess("giamsat", "cockpit")).isTrue();
        assertThat(canAccess("cspl", "cockpit")).isFalse();
        assertThat(identity.checkPassword("admin", "demo")).isTrue();
        assertThat(groupsOf("admin")).containsExactly("camunda-admin");
        assertThat(canAccess("admin", "admin")).isTrue();
    }

    @Test
    void campaignTasksOpenTheirDeployedFormsForTheirGroupOnly() throws Exception {
        long cycle = plans.startCampaign(CycleRequests.ninhBinh2020(), new AuthenticatedUser("cspl", List.of("cspl")));
        String processInstance = cycles.get(cycle).processInstanceId();
        String taskId = tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId();

        ResponseEntity<String> form = api().get("/engine-rest/task/" + taskId + "/deployed-form", "cspl", "demo");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(form.getBody()).path("id").asText()).isEqualTo(ProcessIds.FORM_DRAFT_PLAN + "-cycle-" + cycle);

        assertThat(body(api().get("/engine-rest/task?processInstanceId=" + processInstance, "cspl", "demo"))).hasSize(1);
        assertThat(body(api().get("/engine-rest/task?processInstanceId=" + processInstance, "hoalu", "demo"))).isEmpty();
        runtime.deleteProcessInstance(processInstance, "test finished");
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private boolean canAccess(String user, String application) {
        return authorizations.isUserAuthorized(user, groupsOf(user), Permissions.ACCESS, Resources.APPLICATION, application);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.path("code").asText()));
        return codes;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + array);
    }
}

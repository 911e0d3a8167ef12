package vn.congdoan.baocao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;

/**
 * Who may call each route of /api, one row per route: nobody without a login (401), the users a row
 * allows get past authorization (whatever the step then answers), every other user gets 403. A route
 * of the application without a row here fails the test.
 */
class ApiAuthorizationTest extends EmbeddedAppTest {

    private static final String UNIT = "hoalu";
    private static final String OTHER_UNIT = "yenmo";
    private static final String OUTSIDER = "kimson";
    private static final List<String> USERS = List.of("cspl", "thuongtruc", "giamsat", "admin", "quantri", UNIT, OUTSIDER);
    private static final Set<String> PROVINCE = Set.of("cspl", "thuongtruc", "giamsat", "admin");
    private static final Set<String> PROVINCE_AND_UNIT = Set.of("cspl", "thuongtruc", "giamsat", "admin", UNIT);
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    private static final Set<String> ADMINISTRATORS = Set.of("quantri", "admin");
    private static final Map<String, Object> BAD_DRAFT = Map.of("values", Map.of("I01", Map.of("2016", "x")));

    /** Method and path of every route; who gets past authorization; the body sent (one that changes nothing). */
    private static final List<Row> ROWS = List.of(
            new Row("GET /api/session", EVERYONE, null),
            new Row("GET /api/units", EVERYONE, null),
            new Row("GET /api/units/{code}", EVERYONE, null),
            new Row("GET /api/unit-kinds", EVERYONE, null),
            new Row("POST /api/units", ADMINISTRATORS, Map.of("code", "")),
            new Row("PUT /api/units/{code}", ADMINISTRATORS, Map.of()),
            new Row("POST /api/units/{code}/end", ADMINISTRATORS, Map.of()),
            new Row("POST /api/units/reorganisations", ADMINISTRATORS, Map.of()),
            new Row("DELETE /api/units/{code}", ADMINISTRATORS, null),
            new Row("GET /api/units.xlsx", EVERYONE, null),
            new Row("GET /api/units.csv", EVERYONE, null),
            new Row("POST /api/units/import", ADMINISTRATORS, new byte[0]),
            new Row("POST /api/people/import", ADMINISTRATORS, new byte[0]),
            new Row("GET /api/templates", EVERYONE, null),
            new Row("POST /api/templates", ADMINISTRATORS, new byte[0]),
            new Row("GET /api/templates/{code}/{version}/plan.docx", EVERYONE, null),
            new Row("GET /api/templates/{code}/{version}/table.xlsx", EVERYONE, null),
            new Row("POST /api/people/{user}/password-link", ADMINISTRATORS, null),
            new Row("GET /api/indicators", EVERYONE, null),
            new Row("GET /api/outline", EVERYONE, null),
            new Row("GET /api/cycles", EVERYONE, null),
            new Row("POST /api/cycles", Set.of("cspl"), Map.of("units", List.of())),
            new Row("GET /api/cycles/{cycle}", EVERYONE, null),
            new Row("PUT /api/cycles/{cycle}/plan", Set.of("cspl"), Map.of()),
            new Row("POST /api/cycles/{cycle}/plan/submit", Set.of("cspl"), null),
            new Row("POST /api/cycles/{cycle}/plan/review", Set.of("thuongtruc"), Map.of("decision", "ACCEPT")),
            new Row("GET /api/cycles/{cycle}/progress", PROVINCE_AND_UNIT, null),
            new Row("GET /api/cycles/{cycle}/reports/{unit}", PROVINCE_AND_UNIT, null),
            new Row("PUT /api/cycles/{cycle}/reports/{unit}/draft", Set.of(UNIT), BAD_DRAFT),
            new Row("POST /api/cycles/{cycle}/reports/{unit}/submit", Set.of(UNIT), BAD_DRAFT),
            new Row("POST /api/cycles/{cycle}/reports/{unit}/review", Set.of("cspl"), Map.of("decision", "ACCEPT")),
            new Row("GET /api/cycles/{cycle}/reports/{unit}/table.xlsx", PROVINCE_AND_UNIT, null),
            new Row("PUT /api/cycles/{cycle}/reports/{unit}/table.xlsx", Set.of(UNIT), new byte[] {1, 2, 3}),
            new Row("GET /api/cycles/{cycle}/reports/{unit}/report.docx", PROVINCE_AND_UNIT, null),
            new Row("GET /api/cycles/{cycle}/aggregate", PROVINCE, null),
            new Row("GET /api/cycles/{cycle}/timers", PROVINCE, null),
            new Row("GET /api/cycles/{cycle}/aggregate.xlsx", PROVINCE, null),
            new Row("GET /api/cycles/{cycle}/documents/plan.docx", PROVINCE_AND_UNIT, null),
            new Row("GET /api/cycles/{cycle}/documents/province-report.docx", PROVINCE, null),
            new Row("GET /api/cycles/{cycle}/reports/{unit}/report.pdf", PROVINCE_AND_UNIT, null),
            new Row("GET /api/cycles/{cycle}/documents/plan.pdf", PROVINCE_AND_UNIT, null),
            new Row("GET /api/cycles/{cycle}/documents/province-report.pdf", PROVINCE, null),
            new Row("GET /api/cycles/{cycle}/documents/package.zip", PROVINCE, null),
            new Row("POST /api/machine-clients", ADMINISTRATORS, Map.of("id", "")),
            new Row("GET /api/machine-clients", ADMINISTRATORS, null),
            new Row("DELETE /api/machine-clients/{id}", ADMINISTRATORS, null),
            // a machine client's credentials alone: every person is refused
            new Row("PUT /api/cycles/{cycle}/deliveries/{delivery}", Set.of(), Map.of()),
            new Row("GET /api/cycles/{cycle}/deliveries/{delivery}", Set.of(), null),
            new Row("POST /api/cycles/{cycle}/late-units/decision", Set.of("thuongtruc"), Map.of("decision", "CLOSE")),
            new Row("GET /api/cycles/{cycle}/province-report", PROVINCE, null),
            new Row("PUT /api/cycles/{cycle}/province-report/draft", Set.of("cspl"), Map.of("sections", Map.of())),
            new Row("POST /api/cycles/{cycle}/province-report/submit", Set.of("cspl"), null),
            new Row("POST /api/cycles/{cycle}/province-report/review", Set.of("thuongtruc"), Map.of("decision", "ACCEPT")),
            new Row("POST /api/cycles/{cycle}/submission", Set.of("cspl"),
                    Map.of("documentNumber", "95/BC-LĐLĐ", "date", "2020-09-14", "sender", "Ban CSPL")),
            new Row("GET /api/cycles/{cycle}/submission", PROVINCE, null),
            new Row("GET /api/cycles/{cycle}/national-delivery", PROVINCE, null),
            new Row("PUT /api/cycles/{cycle}/national-delivery", Set.of("cspl"), Map.of("nationalCycleId", "")),
            new Row("GET /api/cycles/{cycle}/notifications", PROVINCE_AND_UNIT, null));

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyRouteHasARow() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(method + " " + pattern))));
        assertThat(ROWS.stream().map(Row::route).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void eachRouteLetsThroughOnlyTheUsersOfItsRow() throws Exception {
        long cycle = IssuedCycles.issue(new ApiClient(http), management, List.of(UNIT, OTHER_UNIT));
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            String path = row.path().replace("{cycle}", String.valueOf(cycle)).replace("{unit}", UNIT)
                    .replace("{code}", UNIT)
                    .replace("{user}", "khong-co-ai").replace("{version}", "1")
                    .replace("{id}", "khong-co").replace("{delivery}", "1");
            expect(wrong, row, path, null, HttpStatus.UNAUTHORIZED);
            for (String user : USERS) {
                expect(wrong, row, path, user, row.allowed().contains(user) ? null : HttpStatus.FORBIDDEN);
            }
            if (row.path().contains("{unit}")) {
                String other = row.path().replace("{cycle}", String.valueOf(cycle)).replace("{unit}", OTHER_UNIT);
                expect(wrong, row, other, UNIT, HttpStatus.FORBIDDEN);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aUnitSeesItsOwnProgressLineAlone() throws Exception {
        long cycle = IssuedCycles.issue(new ApiClient(http), management, List.of(UNIT, OTHER_UNIT));
        JsonNode own = json.readTree(call("GET", "/api/cycles/" + cycle + "/progress", UNIT, null).getBody());
        assertThat(own.path("units")).hasSize(1);
        assertThat(own.path("units").get(0).path("unit").asText()).isEqualTo(UNIT);
        assertThat(own.path("counts").path("NOT_STARTED").asInt()).isEqualTo(1);
        JsonNode all = json.readTree(call("GET", "/api/cycles/" + cycle + "/progress", "giamsat", null).getBody());
        assertThat(all.path("units")).hasSize(2);
        ResponseEntity<String> outsider = call("GET", "/api/cycles/" + cycle + "/progress", OUTSIDER, null);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(outsider.getBody()).path("message").asText()).contains("không thuộc đơn vị nào");
    }

    /** Records a mismatch: expected status, or (null) anything but 401 and 403. */
    private void expect(List<String> wrong, Row row, String path, String user, HttpStatus expected) {
        ResponseEntity<String> answer = call(row.method(), path, user, row.body());
        HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
        boolean fits = expected == null ? status != HttpStatus.UNAUTHORIZED && status != HttpStatus.FORBIDDEN
                : status == expected;
        if (!fits) {
            wrong.add(row.method() + " " + path + " as " + user + ": " + status + " (expected "
                    + (expected == null ? "past authorization" : expected) + ") " + answer.getBody());
        }
    }

    private ResponseEntity<String> call(String method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        if (body instanceof byte[]) {
            headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
    }

    private record Row(String route, Set<String> allowed, Object body) {

        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        String path() {
            return route.substring(route.indexOf(' ') + 1);
        }
    }
}

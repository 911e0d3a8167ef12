package vn.congdoan.baocao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.DatabaseIndexes;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.support.WebappSession;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/** The whole application on the real PostgreSQL, with the production profile: no demo data, no demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationPostgresIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    UnitDirectory units;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    /** First: the database as a new installation finds it. */
    @Test
    @Order(1)
    void startsWithoutDemoDataAndServesUnitsToALoggedInUser() throws Exception {
        assertThat(units.list(Optional.empty())).isEmpty();
        assertThat(identity.createUserQuery().count()).isZero();

        User clerk = identity.newUser("vanthu");
        clerk.setPassword("mat-khau-it");
        identity.saveUser(clerk);
        units.addAll(List.of(
                new UnitDetails("ldld-hanoi", "Liên đoàn Lao động thành phố Hà Nội", "PROVINCE", null, null, null,
                        LocalDate.of(2008, 8, 1), null),
                new UnitDetails("phuong-hoankiem", "Công đoàn phường Hoàn Kiếm", "COMMUNE", "ldld-hanoi",
                        "phuong-hoankiem", "hoankiem@example.org", LocalDate.of(2025, 7, 1), null)));

        ApiClient api = new ApiClient(http);
        assertThat(api.get("/api/units").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> listed = api.get("/api/units", "vanthu", "mat-khau-it");
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = new ObjectMapper().readTree(listed.getBody());
        assertThat(body).hasSize(2);
        assertThat(body.get(1).path("code").asText()).isEqualTo("phuong-hoankiem");
        assertThat(body.get(1).path("name").asText()).isEqualTo("Công đoàn phường Hoàn Kiếm");
        assertThat(body.get(1).path("kind").asText()).isEqualTo("COMMUNE");

        JsonNode in2020 = new ObjectMapper().readTree(api.get("/api/units?on=2020-08-01", "vanthu", "mat-khau-it").getBody());
        assertThat(in2020).hasSize(1);

        JsonNode indicators = new ObjectMapper().readTree(api.get("/api/indicators", "vanthu", "mat-khau-it").getBody());
        assertThat(indicators.path("indicators")).hasSize(22);
    }

    /**
     * A new installation: the first administrator is made on Camunda Admin's set-up page, then adds a unit
     * through the API and imports its people, without SQL.
     */
    @Test
    void theFirstAdministratorMadeOnTheSetUpPageAddsUnitsAndPeople() throws Exception {
        WebappSession setup = WebappSession.anonymous(http);
        ResponseEntity<String> created = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                setup.json(Map.of("profile", Map.of("id", "quantrivien", "firstName", "Nguyễn Thị", "lastName", "Hà",
                        "email", "ha@ldld.example.vn"), "credentials", Map.of("password", "Hồ Đáy mùa xuân 2026"))), String.class);
        assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("quantrivien").count()).isOne();

        HttpHeaders admin = new HttpHeaders();
        admin.setBasicAuth("quantrivien", "Hồ Đáy mùa xuân 2026", StandardCharsets.UTF_8);
        admin.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> unit = http.exchange("/api/units", HttpMethod.POST, new HttpEntity<>(Map.of("code", "ldld-hanam",
                "name", "Liên đoàn Lao động tỉnh Hà Nam", "kind", "PROVINCE", "validFrom", "1997-01-01"), admin), String.class);
        assertThat(unit.getStatusCode().value()).as(unit.getBody()).isEqualTo(201);
        ResponseEntity<String> commune = http.exchange("/api/units", HttpMethod.POST, new HttpEntity<>(Map.of("code",
                "phuong-lyvan", "name", "Công đoàn phường Lý Văn", "kind", "COMMUNE", "parent", "ldld-hanam",
                "validFrom", "2025-07-01"), admin), String.class);
        assertThat(commune.getStatusCode().value()).as(commune.getBody()).isEqualTo(201);
        assertThat(identity.createGroupQuery().groupId("phuong-lyvan").singleResult().getName()).isEqualTo("Công đoàn phường Lý Văn");

        admin.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<String> people = http.exchange("/api/people/import", HttpMethod.POST, new HttpEntity<>(
                "Tên đăng nhập,Họ và tên,Thư điện tử,Đơn vị hoặc vai trò\nlyvan,Trần Văn Lý,,phuong-lyvan\n"
                        .getBytes(StandardCharsets.UTF_8), admin), String.class);
        assertThat(people.getStatusCode().value()).as(people.getBody()).isEqualTo(200);
        assertThat(identity.createUserQuery().memberOfGroup("phuong-lyvan").userId("lyvan").count()).isOne();
    }

    /** The production profile does not start while anyone's password is the demo one. */
    @Test
    void aUserWithTheDemoPasswordKeepsTheApplicationFromStarting() {
        User careless = identity.newUser("sodemo");
        careless.setPassword("demo");
        identity.saveUser(careless);
        try {
            assertThatThrownBy(() -> context.getBean("demoPasswordGuard", ApplicationRunner.class).run(null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("the password of sodemo is the demo password");
        } finally {
            identity.deleteUser("sodemo");
        }
        assertThatCode(() -> context.getBean("demoPasswordGuard", ApplicationRunner.class).run(null)).doesNotThrowAnyException();
    }

    @Test
    void theJobAcquisitionIndexIsAddedToTheEnginesTablesOnANewDatabase() throws Exception {
        // the domain migrations run before the engine creates its tables; this one runs after
        assertThat(DatabaseIndexes.columns(dataSource, "ACT_RU_JOB", "APP_IDX_JOB_TYPE_DUEDATE"))
                .containsExactly("TYPE_", "DUEDATE_");
    }
}

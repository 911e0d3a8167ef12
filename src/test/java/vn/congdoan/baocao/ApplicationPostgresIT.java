package vn.congdoan.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.DatabaseIndexes;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/** The whole application on the real PostgreSQL, with the production profile: no demo data, no demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@DirtiesContext
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

    @Test
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

    @Test
    void theJobAcquisitionIndexIsAddedToTheEnginesTablesOnANewDatabase() throws Exception {
        // the domain migrations run before the engine creates its tables; this one runs after
        assertThat(DatabaseIndexes.columns(dataSource, "ACT_RU_JOB", "APP_IDX_JOB_TYPE_DUEDATE"))
                .containsExactly("TYPE_", "DUEDATE_");
    }
}

package vn.congdoan.baocao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.baocao.support.EmbeddedAppTest;

/**
 * The OpenAPI description holds every route of {@code /api} with a Vietnamese summary and the error bodies
 * it can answer, each with an example; its browsable page is served.
 */
class OpenApiDescriptionTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode description;

    @BeforeEach
    void readTheDescription() throws Exception {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        description = new ObjectMapper().readTree(docs.getBody());
    }

    @Test
    void everyRouteOfTheApiIsDescribed() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getMethodsCondition().getMethods()
                .forEach(m -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                        .forEach(p -> served.add(m.name().toLowerCase() + " " + p))));
        Set<String> described = new TreeSet<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method + " " + path.getKey())));

        assertThat(served).isNotEmpty();
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyOperationHasAVietnameseSummaryAndItsErrorBodiesWithExamples() {
        List<String> problems = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String operation = entry.getKey() + " " + path.getKey();
            JsonNode responses = entry.getValue().path("responses");
            if (!entry.getValue().path("summary").asText().matches(".*[àáảãạăâđêôơưÀ-ỹ].*")) {
                problems.add(operation + ": no Vietnamese summary");
            }
            List<String> errors = new ArrayList<>(List.of("401", "403", "429"));
            if (path.getKey().contains("{cycle}")) {
                errors.add("404");
            }
            if (entry.getKey().equals("post") || entry.getKey().equals("put")) {
                errors.addAll(List.of("400", "409", "422"));
            }
            for (String status : errors) {
                JsonNode body = responses.path(status).path("content").path("application/json");
                if (!body.path("schema").path("$ref").asText().matches("#/components/schemas/(ErrorBody|Violations|ReportViolations)")) {
                    problems.add(operation + ": " + status + " without its error body");
                }
                if (!body.path("examples").path("vi").path("value").path("message").isTextual()) {
                    problems.add(operation + ": " + status + " without a Vietnamese example");
                }
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void theReportBodyAndTheErrorBodiesAreDescribedWithVietnameseExamples() {
        JsonNode schemas = description.path("components").path("schemas");
        assertThat(schemas.has("ReportBody")).isTrue();
        assertThat(schemas.path("ErrorBody").path("properties").has("message")).isTrue();
        assertThat(schemas.path("ReportViolations").path("properties").has("violations")).isTrue();

        JsonNode submit = description.path("paths").path("/api/cycles/{cycle}/reports/{unit}/submit").path("post");
        assertThat(submit.path("requestBody").path("content").path("application/json").path("examples").path("vi")
                .path("value").path("sections").path("P1.I.1").asText()).startsWith("Công đoàn ngành");
        assertThat(submit.path("responses").path("422").path("content").path("application/json")
                .path("schema").path("$ref").asText()).endsWith("ReportViolations");
        assertThat(description.path("components").path("securitySchemes").path(OpenApiConfiguration.LOGIN)
                .path("scheme").asText()).isEqualTo("basic");
    }

    @Test
    void theBrowsablePageIsServed() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("swagger-ui");
    }
}

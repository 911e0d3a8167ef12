package vn.congdoan.baocao.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.TestClock;

/**
 * Another system delivers a unit's report with a machine client's credentials: each delivery id taken once,
 * even sent twice at the same moment; returned with a reason it tells the sender, a new delivery after the
 * return, accepted; the credentials open nothing else and a person's open nothing here.
 */
class DeliveryApiTest extends EmbeddedAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @Test
    void aDeliveryIsTakenOnceReturnedWithItsReasonDeliveredAgainAndAccepted() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String clientId = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = api.post("/api/machine-clients", "quantri", Map.of("id", clientId, "unit", "hoalu"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String secret = JSON.readTree(created.getBody()).path("secret").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        String first = "/api/cycles/" + cycle + "/deliveries/95-BC-LDLD";

        // the same delivery twice at the same moment, then once more: one submission
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<String>>> sent = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.put(first, clientId, secret, delivery("95/BC-LĐLĐ", ReportBodies.complete()));
                })).toList();
        start.countDown();
        List<Integer> statuses = sent.stream().map(f -> f.join().getStatusCode().value()).sorted().toList();
        assertThat(statuses).as(sent.get(0).join().getBody() + " " + sent.get(1).join().getBody())
                .containsExactly(200, 201);
        ResponseEntity<String> again = api.put(first, clientId, secret, delivery("95/BC-LĐLĐ", ReportBodies.complete()));
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(body(again).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(reviewTasks(cycle)).isEqualTo(1);
        JsonNode report = body(api.get("/api/cycles/" + cycle + "/reports/hoalu", "cspl", "demo"));
        assertThat(report.path("status").asText()).isEqualTo("SUBMITTED");

        // returned: the sender reads why; a new delivery after the fix
        api.post("/api/cycles/" + cycle + "/reports/hoalu/review", "cspl",
                Map.of("decision", "RETURN", "comment", "Bổ sung số liệu năm 2019 của mục I05."));
        JsonNode returned = body(api.get(first, clientId, secret));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("reason").asText()).isEqualTo("Bổ sung số liệu năm 2019 của mục I05.");
        clock.set(TestClock.START.plusSeconds(3600));
        String second = "/api/cycles/" + cycle + "/deliveries/95a-BC-LDLD";
        ResponseEntity<String> redelivered = api.put(second, clientId, secret, delivery("95a/BC-LĐLĐ", ReportBodies.complete()));
        assertThat(redelivered.getStatusCode().value()).as(redelivered.getBody()).isEqualTo(201);
        assertThat(body(redelivered).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body(redelivered).path("reason").isNull()).as("the old reason is gone").isTrue();
        assertThat(body(api.get(first, clientId, secret)).path("latest").asBoolean()).isFalse();

        api.post("/api/cycles/" + cycle + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT"));
        assertThat(body(api.get(second, clientId, secret)).path("status").asText()).isEqualTo("ACCEPTED");
        ResponseEntity<String> late = api.put("/api/cycles/" + cycle + "/deliveries/96-BC-LDLD", clientId, secret,
                delivery("96/BC-LĐLĐ", ReportBodies.complete()));
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(body(late).path("message").asText()).contains("đã được chấp nhận");
    }

    @Test
    void theClientsCredentialsOpenTheDeliveryRoutesAloneAndAPersonsOpenNoneOfThem() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String clientId = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = body(api.post("/api/machine-clients", "quantri", Map.of("id", clientId, "unit", "hoalu")))
                .path("secret").asText();
        String path = "/api/cycles/" + cycle + "/deliveries/1";

        assertThat(api.put(path, clientId, secret + "x", delivery("1", ReportBodies.complete())).getStatusCode().value())
                .as("a wrong secret").isEqualTo(401);
        assertThat(api.get("/api/cycles/" + cycle, clientId, secret).getStatusCode().value())
                .as("another route").isEqualTo(401);
        assertThat(api.get("/api/cycles/" + cycle + "/deliveries/..", clientId, secret).getStatusCode().value())
                .as("a route that resolves to another").isEqualTo(401);
        ResponseEntity<String> person = api.put(path, "hoalu", "demo", delivery("1", ReportBodies.complete()));
        assertThat(person.getStatusCode().value()).isEqualTo(403);
        assertThat(body(person).path("message").asText()).contains("không phải tài khoản của người");
        assertThat(api.post("/api/machine-clients", "cspl", Map.of("id", "khac", "unit", "hoalu")).getStatusCode().value())
                .as("only administrators make clients").isEqualTo(403);

        // a refused report leaves the delivery id free for the fixed one
        Map<String, Object> incomplete = ReportBodies.complete();
        incomplete.put("sections", Map.of());
        ResponseEntity<String> refused = api.put(path, clientId, secret, delivery("1", incomplete));
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
        assertThat(api.put(path, clientId, secret, delivery("1", ReportBodies.complete())).getStatusCode().value())
                .isEqualTo(201);

        api.delete("/api/machine-clients/" + clientId, "quantri");
        assertThat(api.get(path, clientId, secret).getStatusCode().value()).as("revoked").isEqualTo(401);
    }

    private long reviewTasks(long cycle) {
        return tasks.createTaskQuery().taskDefinitionKey(ProcessIds.TASK_REVIEW_REPORT)
                .processVariableValueEquals(ProcessVariables.CYCLE_ID, cycle).count();
    }

    private static Map<String, Object> delivery(String number, Map<String, Object> report) {
        Map<String, Object> body = new LinkedHashMap<>(report);
        body.put("documentNumber", number);
        return body;
    }

    private static JsonNode body(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

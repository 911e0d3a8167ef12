package vn.congdoan.baocao.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;

/**
 * Cycles brought through the API to a step: the plan awaiting approval, the reports distributed, or the
 * provincial report accepted, waiting to be sent to the national federation.
 */
public final class IssuedCycles {

    private IssuedCycles() {
    }

    /** A cycle whose plan waits for leadership's approval. */
    public static long plan(ApiClient api, List<String> units) throws Exception {
        long cycle = new ObjectMapper().readTree(api.post("/api/cycles", "cspl", CycleRequests.withUnits(units)).getBody())
                .path("id").asLong();
        api.post("/api/cycles/" + cycle + "/plan/submit", "cspl", null);
        return cycle;
    }

    public static long issue(ApiClient api, ManagementService management, List<String> units) throws Exception {
        return issue(api, management, CycleRequests.withUnits(units));
    }

    /** The cycle of that body of POST /api/cycles. */
    public static long issue(ApiClient api, ManagementService management, ObjectNode request) throws Exception {
        long cycle = new ObjectMapper().readTree(api.post("/api/cycles", "cspl", request).getBody())
                .path("id").asLong();
        api.post("/api/cycles/" + cycle + "/plan/submit", "cspl", null);
        api.post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);
        return cycle;
    }

    /**
     * A cycle of one unit, Hoa Lư, whose report and the provincial report are accepted: the submission task
     * is open. The provincial report's sections read "Tỉnh: P1.I.1" and so on.
     */
    public static long awaitingSubmission(ApiClient api, ManagementService management) throws Exception {
        long cycle = issue(api, management, List.of("hoalu"));
        String base = "/api/cycles/" + cycle;
        api.post(base + "/reports/hoalu/submit", "hoalu", ReportBodies.complete());
        api.post(base + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);
        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Tỉnh: " + s));
        api.post(base + "/province-report/submit", "cspl", Map.of("sections", sections));
        api.post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);
        return cycle;
    }

    /** Records the sending (95/BC-LĐLĐ of 14/9/2020, to tld@example.org) and runs the step that sends. */
    public static void submit(ApiClient api, ManagementService management, long cycle) {
        api.post("/api/cycles/" + cycle + "/submission", "cspl", Map.of("documentNumber", "95/BC-LĐLĐ",
                "date", "2020-09-14", "sender", "Nguyễn Văn A", "recipientAddress", "tld@example.org"));
        Jobs.runAll(management);
    }
}

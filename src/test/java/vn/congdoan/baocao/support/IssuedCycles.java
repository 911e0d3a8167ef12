package vn.congdoan.baocao.support;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;

/** Cycles brought through the API to a step: the plan awaiting approval, or the reports distributed. */
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
}

package vn.congdoan.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;

/** What the supervisor and the leadership read when a unit's report is overdue: the unit named once. */
class EscalationTextTest extends EmbeddedAppTest {

    private static final Instant UNIT_DUE = Instant.parse("2020-08-19T16:59:59Z");
    private static final String KIM_SON = "Liên đoàn Lao động huyện Kim Sơn";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    @Test
    void anOverdueUnitIsNamedOnceInItsEscalation() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("kimson"));
        for (Duration fromDue : List.of(Duration.ofDays(-5), Duration.ofDays(-1), Duration.ZERO, Duration.ofDays(2))) {
            clock.set(UNIT_DUE.plus(fromDue));
            Jobs.runAll(management);
        }
        JsonNode sent = new ObjectMapper().readTree(
                api.get("/api/cycles/" + cycle + "/notifications", "giamsat", "demo").getBody());
        List<String> escalations = new ArrayList<>();
        sent.forEach(n -> {
            if (n.path("kind").asText().equals("ESCALATION")) {
                escalations.add(n.path("message").asText());
            }
        });
        assertThat(escalations).hasSize(2).containsOnly(KIM_SON + " chưa gửi báo cáo (đợt báo cáo số " + cycle
                + "), đã quá hạn 2 ngày (hạn 23:59 ngày 19/8/2020).");
        // the unit's own reminder still names whose report it is
        assertThat(sent).anySatisfy(n -> assertThat(n.path("message").asText())
                .isEqualTo("Quá hạn 2 ngày: báo cáo của " + KIM_SON + " (đợt báo cáo số " + cycle
                        + ") có hạn đến 23:59 ngày 19/8/2020. Đề nghị hoàn thành ngay."));
    }
}

package vn.congdoan.baocao.campaign;

import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.StatementCounter;

/** The application's campaign through its REST API, as its users run it (password "demo"). */
final class AppCampaign implements CampaignShape {

    private static final String PASSWORD = "demo";
    /** The demo users of these groups bear the groups' names. */
    private static final String POLICY_DEPT = ProvinceGroups.POLICY_DEPT;
    private static final String LEADERSHIP = ProvinceGroups.LEADERSHIP;

    private final String baseUrl;
    private final BenchmarkHttp http;
    private final StatementCounter statements;

    AppCampaign(String baseUrl, BenchmarkHttp http, StatementCounter statements) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.statements = statements;
    }

    @Override
    public String name() {
        return "app";
    }

    @Override
    public String schema() {
        return "public";
    }

    @Override
    public long statements() {
        return statements.count();
    }

    @Override
    public Campaign start(List<String> units) {
        String cycle = http.post(baseUrl + "/api/cycles", POLICY_DEPT, PASSWORD, CycleRequests.withUnits(units))
                .expectOk("start a cycle").json().path("id").asText();
        http.post(cycle(cycle) + "/plan/submit", POLICY_DEPT, PASSWORD, null).expectOk("submit the plan");
        String instance = http.get(cycle(cycle), POLICY_DEPT, PASSWORD).expectOk("read the cycle").json()
                .path("processInstanceId").asText();
        return new Campaign(cycle, instance);
    }

    @Override
    public void approvePlan(Campaign campaign) {
        http.post(cycle(campaign.key()) + "/plan/review", LEADERSHIP, PASSWORD, Map.of("decision", "ACCEPT"))
                .expectOk("approve the plan");
    }

    @Override
    public BenchmarkHttp.Answer submit(Campaign campaign, String unit) {
        return http.post(cycle(campaign.key()) + "/reports/" + unit + "/submit", unit, PASSWORD,
                ReportBodies.complete());
    }

    @Override
    public BenchmarkHttp.Answer accept(Campaign campaign, String unit) {
        return http.post(cycle(campaign.key()) + "/reports/" + unit + "/review", POLICY_DEPT, PASSWORD,
                Map.of("decision", "ACCEPT"));
    }

    private String cycle(String cycle) {
        return baseUrl + "/api/cycles/" + cycle;
    }
}

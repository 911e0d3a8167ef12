package vn.congdoan.baocao.campaign;

import java.util.List;

/**
 * One way of running the campaign that the benchmark drives over HTTP: the application through {@code /api},
 * or the bare models on a bare engine through {@code /engine-rest}.
 */
interface CampaignShape {

    /** A started campaign: its key in the shape's calls, and the engine's id of its process instance. */
    record Campaign(String key, String processInstanceId) {
    }

    String name();

    /** The database schema holding the shape's engine tables. */
    String schema();

    /** SQL statements the shape's server has sent so far. */
    long statements();

    /** Starts a campaign of these units and takes it up to the plan's approval. */
    Campaign start(List<String> units);

    /** Approves the plan: distribution starts. */
    void approvePlan(Campaign campaign);

    /** The unit submits its report, as the unit's user; one call of the benchmark (of one or more requests). */
    BenchmarkHttp.Answer submit(Campaign campaign, String unit);

    /** The province accepts the unit's report. */
    BenchmarkHttp.Answer accept(Campaign campaign, String unit);
}

package vn.congdoan.baocao.process.collection;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.CampaignEngine;
import vn.congdoan.baocao.report.LateUnits;
import vn.congdoan.baocao.security.AuthenticatedUser;

/** The API's decision at the cut-off: checked by {@link LateUnits}, then the decision task completes. */
@Service
public class LateUnitsActions {

    private final LateUnits lateUnits;
    private final CampaignEngine engine;

    LateUnitsActions(LateUnits lateUnits, CampaignEngine engine) {
        this.lateUnits = lateUnits;
        this.engine = engine;
    }

    /** Recorded by {@link LateUnits#record} as from Tasklist. */
    public void decide(long cycleId, String decision, String until, AuthenticatedUser user) {
        String checked = lateUnits.checkDecision(cycleId, decision, until, user);
        // a map that takes the null of "no date" (CLOSE)
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.LATE_DECISION, checked);
        variables.put(ProcessVariables.LATE_UNTIL, until);
        engine.completeTask(cycleId, ProcessIds.TASK_DECIDE_LATE_UNITS, variables);
    }
}

package vn.congdoan.baocao.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleStage;

/** Keeps the cycle's stage in step with the campaign: each step the process enters sets its stage. */
@Component
class CampaignStepStartedListener implements ExecutionListener {

    static final Map<String, CycleStage> STAGE_OF_STEP = Map.ofEntries(
            Map.entry(ProcessIds.TASK_DRAFT_PLAN, CycleStage.PLAN_DRAFT),
            Map.entry(ProcessIds.TASK_APPROVE_PLAN, CycleStage.PLAN_APPROVAL),
            Map.entry(ProcessIds.SERVICE_TASK_DISTRIBUTE_REPORTS, CycleStage.REPORTING),
            Map.entry(ProcessIds.TASK_DECIDE_LATE_UNITS, CycleStage.LATE_UNITS_DECISION),
            Map.entry(ProcessIds.TIMER_EXTENDED_CUT_OFF, CycleStage.REPORTING),
            Map.entry(ProcessIds.END_EVENT_COLLECTION_CLOSED, CycleStage.REPORTING),
            Map.entry(ProcessIds.TASK_DRAFT_PROVINCE_REPORT, CycleStage.PROVINCE_REPORT_DRAFT),
            Map.entry(ProcessIds.TASK_APPROVE_PROVINCE_REPORT, CycleStage.PROVINCE_REPORT_APPROVAL),
            Map.entry(ProcessIds.TASK_RECORD_SUBMISSION, CycleStage.SUBMISSION),
            Map.entry(ProcessIds.SERVICE_TASK_DELIVER_TO_NATIONAL, CycleStage.NATIONAL_REVIEW),
            Map.entry(ProcessIds.END_EVENT_CYCLE_CLOSED, CycleStage.CLOSED));

    private final CycleService cycles;

    CampaignStepStartedListener(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CycleStage stage = STAGE_OF_STEP.get(execution.getCurrentActivityId());
        if (stage == null) {
            throw new IllegalStateException("No cycle stage for step " + execution.getCurrentActivityId());
        }
        cycles.moveTo(CycleVariables.cycleId(execution), stage);
    }
}

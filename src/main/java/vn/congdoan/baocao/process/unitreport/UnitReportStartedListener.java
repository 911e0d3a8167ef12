package vn.congdoan.baocao.process.unitreport;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.report.ReportService;

/**
 * Tells the unit its report is due. Models deployed by earlier releases read the unit's group and dates
 * from variables of the instance; those get them here.
 */
@Component
class UnitReportStartedListener implements ExecutionListener {

    private static final String EARLIER_CANDIDATE_GROUPS = "${" + ProcessVariables.UNIT_GROUP + "}";

    private final ReportService reports;

    UnitReportStartedListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        String unitCode = CycleVariables.unitCode(execution);
        if (readsAssignmentVariables(execution)) {
            ReportService.Assignment assignment = reports.assignment(cycleId, unitCode);
            execution.setVariable(ProcessVariables.UNIT_GROUP, assignment.groupId());
            execution.setVariable(ProcessVariables.REPORT_DUE_AT, Date.from(assignment.dueAt()));
            execution.setVariable(ProcessVariables.REPORT_FOLLOW_UP_AT, Date.from(assignment.followUpAt()));
        }
        reports.announce(cycleId, unitCode);
    }

    private static boolean readsAssignmentVariables(DelegateExecution execution) {
        UserTask fill = execution.getBpmnModelInstance().getModelElementById(ProcessIds.TASK_FILL_REPORT);
        return fill != null && EARLIER_CANDIDATE_GROUPS.equals(fill.getCamundaCandidateGroups());
    }
}

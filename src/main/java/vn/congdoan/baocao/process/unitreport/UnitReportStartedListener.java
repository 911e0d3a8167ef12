package vn.congdoan.baocao.process.unitreport;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.report.ReportService;

/** Gives a unit's reporting instance the unit's group, due and follow-up dates, and tells the unit. */
@Component
class UnitReportStartedListener implements ExecutionListener {

    private final ReportService reports;

    UnitReportStartedListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        String unitCode = CycleVariables.unitCode(execution);
        ReportService.Assignment assignment = reports.assignment(cycleId, unitCode);
        execution.setVariable(ProcessVariables.UNIT_GROUP, assignment.groupId());
        execution.setVariable(ProcessVariables.REPORT_DUE_AT, Date.from(assignment.dueAt()));
        execution.setVariable(ProcessVariables.REPORT_FOLLOW_UP_AT, Date.from(assignment.followUpAt()));
        reports.announce(cycleId, unitCode);
    }
}

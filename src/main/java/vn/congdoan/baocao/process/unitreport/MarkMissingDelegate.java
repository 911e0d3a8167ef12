package vn.congdoan.baocao.process.unitreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.report.ReportService;

/** Collection closed before the unit submitted: its report is MISSING. */
@Component
class MarkMissingDelegate implements JavaDelegate {

    private final ReportService reports;

    MarkMissingDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.markMissing(CycleVariables.cycleId(execution), CycleVariables.unitCode(execution));
    }
}

package vn.congdoan.baocao.process.unitreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.report.ReportService;

/** Submits the stored report if nothing blocks it; otherwise the unit gets its form back with the reasons. */
@Component
class ValidateReportDelegate implements JavaDelegate {

    private final ReportService reports;

    ValidateReportDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.REPORT_VALID,
                reports.submitIfComplete(CycleVariables.cycleId(execution), CycleVariables.unitCode(execution)));
    }
}

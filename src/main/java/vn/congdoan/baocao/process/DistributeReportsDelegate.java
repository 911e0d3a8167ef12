package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.report.ReportService;

/** One report record per participating unit before their reporting instances start. */
@Component
class DistributeReportsDelegate implements JavaDelegate {

    private final ReportService reports;

    DistributeReportsDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.distribute(CycleVariables.cycleId(execution));
    }
}

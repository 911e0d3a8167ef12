package vn.congdoan.baocao.process.collection;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.report.ReportService;

/** One report record per participating unit before their reporting instances start; the cut-off for the timer. */
@Component
class DistributeReportsDelegate implements JavaDelegate {

    private final ReportService reports;
    private final CycleService cycles;

    DistributeReportsDelegate(ReportService reports, CycleService cycles) {
        this.reports = reports;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        reports.distribute(cycleId);
        execution.setVariable(ProcessVariables.CUT_OFF_AT,
                Date.from(cycles.get(cycleId).cutOff().due().toInstant()));
    }
}

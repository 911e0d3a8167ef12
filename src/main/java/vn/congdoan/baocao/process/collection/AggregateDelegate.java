package vn.congdoan.baocao.process.collection;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.report.Aggregation;

/** Every unit accepted or missing: stores the province table and opens the provincial report. */
@Component
class AggregateDelegate implements JavaDelegate {

    private final Aggregation aggregation;
    private final ProvinceReports provinceReports;
    private final CycleService cycles;

    AggregateDelegate(Aggregation aggregation, ProvinceReports provinceReports, CycleService cycles) {
        this.aggregation = aggregation;
        this.provinceReports = provinceReports;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        aggregation.compute(cycleId);
        provinceReports.open(cycleId);
        CycleView cycle = cycles.get(cycleId);
        execution.setVariable(ProcessVariables.PROVINCE_DUE_AT,
                Date.from(cycle.deadlines().provinceReview().due().toInstant()));
        execution.setVariable(ProcessVariables.SUBMISSION_DUE_AT,
                Date.from(cycle.deadlines().submission().due().toInstant()));
    }
}

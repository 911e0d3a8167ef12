package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.province.ProvinceReports;

/** Sends the provincial report for approval when no section is empty; otherwise back to the drafter. */
@Component
class ValidateProvinceReportDelegate implements JavaDelegate {

    private final ProvinceReports provinceReports;

    ValidateProvinceReportDelegate(ProvinceReports provinceReports) {
        this.provinceReports = provinceReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.PROVINCE_VALID,
                provinceReports.submitIfComplete(CycleVariables.cycleId(execution)));
    }
}

package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.national.NationalDeliveries;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.province.ProvinceReports;

/** Asks the national instance where the delivered report stands; a return reopens the provincial report. */
@Component
class CheckNationalReviewDelegate implements JavaDelegate {

    private final NationalDeliveries deliveries;
    private final ProvinceReports provinceReports;

    CheckNationalReviewDelegate(NationalDeliveries deliveries, ProvinceReports provinceReports) {
        this.deliveries = deliveries;
        this.provinceReports = provinceReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NationalReviewOutcome.follow(execution, deliveries.check(CycleVariables.cycleId(execution)), provinceReports);
    }
}

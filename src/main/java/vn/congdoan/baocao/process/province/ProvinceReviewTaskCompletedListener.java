package vn.congdoan.baocao.process.province;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.process.tasklist.FormActions;
import vn.congdoan.baocao.province.ProvinceReports;

/** Records leadership's decision on the provincial report, from Tasklist or the API. */
@Component
class ProvinceReviewTaskCompletedListener implements TaskListener {

    private final ProvinceReports provinceReports;
    private final IdentityService identity;

    ProvinceReviewTaskCompletedListener(ProvinceReports provinceReports, IdentityService identity) {
        this.provinceReports = provinceReports;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        provinceReports.recordReview(CycleVariables.cycleId(task),
                FormActions.decision(task, ProcessVariables.PROVINCE_DECISION),
                CycleVariables.text(task, ProcessVariables.PROVINCE_COMMENT), EngineUser.current(identity));
    }
}

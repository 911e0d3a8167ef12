package vn.congdoan.baocao.process.collection;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.process.tasklist.FormActions;
import vn.congdoan.baocao.report.LateUnits;

/** Records leadership's decision; an extension also moves the next cut-off to the new due date. */
@Component
class LateUnitsTaskCompletedListener implements TaskListener {

    private final LateUnits lateUnits;
    private final IdentityService identity;

    LateUnitsTaskCompletedListener(LateUnits lateUnits, IdentityService identity) {
        this.lateUnits = lateUnits;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        lateUnits.record(CycleVariables.cycleId(task), FormActions.decision(task, ProcessVariables.LATE_DECISION),
                CycleVariables.text(task, ProcessVariables.LATE_UNTIL), EngineUser.current(identity))
                .ifPresent(until -> task.setVariable(ProcessVariables.CUT_OFF_AT, Date.from(until)));
    }
}

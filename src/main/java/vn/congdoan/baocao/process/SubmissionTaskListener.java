package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;

/** Offers the national federation's address from the cycle in the submission form. */
@Component
class SubmissionTaskListener implements TaskListener {

    private final CycleService cycles;

    SubmissionTaskListener(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(ProcessVariables.SUBMISSION_ADDRESS, cycles.get(CycleVariables.cycleId(task)).nationalAddress());
    }
}

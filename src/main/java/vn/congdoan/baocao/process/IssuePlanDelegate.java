package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;

/** Issues the approved plan and deploys the cycle's report forms. */
@Component
class IssuePlanDelegate implements JavaDelegate {

    private final CycleService cycles;
    private final CycleForms forms;

    IssuePlanDelegate(CycleService cycles, CycleForms forms) {
        this.cycles = cycles;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        cycles.issuePlan(cycleId);
        forms.deploy(cycleId);
    }
}

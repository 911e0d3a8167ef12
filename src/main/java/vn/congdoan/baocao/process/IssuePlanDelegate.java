package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;

@Component
class IssuePlanDelegate implements JavaDelegate {

    private final CycleService cycles;

    IssuePlanDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.issuePlan(CycleVariables.cycleId(execution));
    }
}

package vn.congdoan.baocao.process.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.process.CycleVariables;

/**
 * When the policy dept. sends the draft for approval: the plan's fields the form sent revise the plan,
 * through the checks of a new cycle (a refusal keeps the task open with everything typed); a completion
 * without them (the API's, or a form of an earlier release) leaves the plan as it is.
 */
@Component
class PlanDraftTaskCompletedListener implements TaskListener {

    private final CycleService cycles;

    PlanDraftTaskCompletedListener(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> sent = task.getVariables().entrySet().stream()
                .filter(variable -> PlanFormFields.isDraftField(variable.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, variable -> nullSafe(variable.getValue())));
        if (sent.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(sent.keySet());
        cycles.revisePlan(CycleVariables.cycleId(task), PlanFormFields.read(sent));
        task.getExecution().removeVariables(names);
    }

    /** A map of the collector takes no null: a field sent empty is kept as such. */
    private static Object nullSafe(Object value) {
        return value == null ? "" : value;
    }
}

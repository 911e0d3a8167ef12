package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Whose cycle and unit a listener or delegate acts for. They come from the process instance's business
 * key ("cycle" for a campaign, "cycle/unit" for a unit's reporting and the reminders called from them),
 * which the application sets when the instance starts and no task completion can change; never from a
 * variable, which the assignee of a task may send with its completion.
 */
public final class CycleVariables {

    private CycleVariables() {
    }

    public static long cycleId(VariableScope scope) {
        String key = businessKey(scope);
        int slash = key.indexOf('/');
        try {
            return Long.parseLong(slash < 0 ? key : key.substring(0, slash));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Business key " + key + " names no cycle", e);
        }
    }

    public static String unitCode(VariableScope scope) {
        String key = businessKey(scope);
        String unit = ProcessIds.unitOfKey(key);
        if (unit == null) {
            throw new IllegalStateException("Business key " + key + " names no unit");
        }
        return unit;
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String businessKey(VariableScope scope) {
        DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution()
                : scope instanceof DelegateExecution e ? e : null;
        String key = execution == null ? null : execution.getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("The process instance has no business key");
        }
        return key;
    }
}

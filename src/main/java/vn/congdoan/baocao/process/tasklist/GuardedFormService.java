package vn.congdoan.baocao.process.tasklist;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service: a submitted task form may carry only its own fields ({@link TaskFieldsGuard}). */
class GuardedFormService extends FormServiceImpl {

    private TaskFieldsGuard guard() {
        return new TaskFieldsGuard(commandExecutor);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        guard().checkWrite(taskId, properties);
        super.submitTaskForm(taskId, properties);
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                          boolean deserializeValues) {
        guard().checkWrite(taskId, properties);
        return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
    }

    @Override
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
        guard().checkWrite(taskId, properties);
        super.submitTaskFormData(taskId, properties);
    }
}

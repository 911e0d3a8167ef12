package vn.congdoan.baocao.process.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's task service with every door that writes a task's variables checked by {@link TaskFieldsGuard}. */
class GuardedTaskService extends TaskServiceImpl {

    private TaskFieldsGuard guard() {
        return new TaskFieldsGuard(commandExecutor);
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        guard().checkWrite(taskId, variables);
        super.complete(taskId, variables);
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                     boolean deserializeValues) {
        guard().checkWrite(taskId, variables);
        return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        guard().checkWrite(taskId, variables);
        super.resolveTask(taskId, variables);
    }

    @Override
    protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
        guard().checkWrite(taskId, variables);
        super.setVariables(taskId, variables, local);
    }

    @Override
    protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions,
                                   boolean local) {
        guard().checkWrite(taskId, modifications);
        guard().checkRemove(taskId, deletions);
        super.updateVariables(taskId, modifications, deletions, local);
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
        guard().checkRemove(taskId, List.of(variableName));
        super.removeVariable(taskId, variableName);
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
        guard().checkRemove(taskId, List.of(variableName));
        super.removeVariableLocal(taskId, variableName);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
        guard().checkRemove(taskId, variableNames);
        super.removeVariables(taskId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
        guard().checkRemove(taskId, variableNames);
        super.removeVariablesLocal(taskId, variableNames);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode) {
        guard().refuseThrow(taskId);
        super.handleBpmnError(taskId, errorCode);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
        guard().refuseThrow(taskId);
        super.handleBpmnError(taskId, errorCode, errorMessage);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        guard().refuseThrow(taskId);
        super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
        guard().refuseThrow(taskId);
        super.handleEscalation(taskId, escalationCode);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        guard().refuseThrow(taskId);
        super.handleEscalation(taskId, escalationCode, variables);
    }
}

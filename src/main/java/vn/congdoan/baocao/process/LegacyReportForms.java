package vn.congdoan.baocao.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * Report tasks of process definitions deployed before the forms were made per cycle: their model names
 * one static form for every cycle ({@code camunda:formRef="form-unit-report"}), whose cells are the
 * variables {@code v_rII_pJ} ({@link UnitReportForm}). They keep opening, saving and submitting on that
 * form until they end.
 */
public final class LegacyReportForms {

    private LegacyReportForms() {
    }

    static boolean usedBy(DelegateTask task) {
        return task instanceof TaskEntity entity && usedBy(entity);
    }

    /** Whether the task of that id uses them, asked from outside the engine's commands. */
    static boolean usedBy(CommandExecutor commands, String taskId) {
        return commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task != null && usedBy(task);
        });
    }

    public static boolean usedBy(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        FormDefinition form = definition == null ? null : definition.getFormDefinition();
        if (form == null || form.getCamundaFormDefinitionKey() == null) {
            return false;
        }
        String key = form.getCamundaFormDefinitionKey().getExpressionText();
        return !key.contains("${") && !key.contains("#{");
    }
}

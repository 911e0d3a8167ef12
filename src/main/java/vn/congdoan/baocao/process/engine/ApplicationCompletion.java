package vn.congdoan.baocao.process.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;

/**
 * A task completed by the application's API on a person's behalf, with the person's engine rights: the
 * report was stored and checked before, so the task's listeners have no form fields to store. Told apart
 * by the command itself, which nothing a person sends can imitate.
 */
public final class ApplicationCompletion implements Command<Void> {

    private final String taskId;
    private final Map<String, Object> variables;

    ApplicationCompletion(String taskId, Map<String, Object> variables) {
        this.taskId = taskId;
        this.variables = variables;
    }

    @Override
    public Void execute(CommandContext commandContext) {
        // as Tasklist submits a form: the variables land on the task's own scope first, where the form's fields are
        new SubmitTaskFormCmd(taskId, variables, false, false).execute(commandContext);
        return null;
    }

    /** Whether the task being completed now is completed by the application rather than by its form. */
    public static boolean running() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation != null && invocation.getCommand() instanceof ApplicationCompletion;
    }
}

package vn.congdoan.baocao.process.tasklist;

import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.congdoan.baocao.process.LegacyReportForms;
import vn.congdoan.baocao.process.TaskForms;
import vn.congdoan.baocao.system.BadRequestException;

/**
 * What a person may write into a task through the engine's services (Tasklist, the REST API, the
 * webapps' copy of it): only the fields of the task's form ({@link TaskForms}), as plain values
 * (text, numbers, dates, true/false, JSON). Anything else refuses the whole call before the engine
 * runs it, so nothing changes. The application's own calls (no one logged in, as in jobs, or from inside
 * the engine, as in listeners) are not people's input and pass.
 */
final class TaskFieldsGuard {

    private static final Set<String> PLAIN_TYPES = Set.of("string", "integer", "long", "short", "double",
            "boolean", "date", "null", "json");

    private final CommandExecutor commands;

    TaskFieldsGuard(CommandExecutor commands) {
        this.commands = commands;
    }

    void checkWrite(String taskId, Map<String, ?> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        target(taskId).ifPresent(task -> {
            requireDeclared(task, variables.keySet());
            Set<String> notPlain = variables.keySet().stream().filter(name -> !plain(valueOf(variables, name)))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!notPlain.isEmpty()) {
                throw new BadRequestException("Không thực hiện được: " + quoted(notPlain) + " của việc «"
                        + task.name() + "» chỉ nhận chữ, số, ngày, đúng/sai hoặc JSON. Việc chưa hoàn thành, "
                        + "không có gì thay đổi.");
            }
        });
    }

    void checkRemove(String taskId, Collection<String> names) {
        if (names != null && !names.isEmpty()) {
            target(taskId).ifPresent(task -> requireDeclared(task, names));
        }
    }

    private static void requireDeclared(Target task, Collection<String> names) {
        Set<String> undeclared = TaskForms.of(task.key(), task.legacy()).map(form -> form.undeclared(names))
                .orElseGet(() -> new TreeSet<>(names));
        if (!undeclared.isEmpty()) {
            throw new BadRequestException("Không thực hiện được: biểu mẫu của việc «" + task.name()
                    + "» không có " + (undeclared.size() == 1 ? "trường " : "các trường ")
                    + quoted(undeclared) + ". Việc chưa hoàn thành, không có gì thay đổi.");
        }
    }

    /** Our tasks catch no BPMN error or escalation: a person cannot end or divert one that way. */
    void refuseThrow(String taskId) {
        target(taskId).ifPresent(task -> {
            throw new BadRequestException("Không thực hiện được: việc «" + task.name()
                    + "» không nhận báo lỗi hay báo động; hãy hoàn thành việc bằng biểu mẫu của nó.");
        });
    }

    /** The task a person is acting on; empty for the application's own calls or an unknown task. */
    private Optional<Target> target(String taskId) {
        if (Context.getCommandContext() != null || taskId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(commands.execute(context -> {
            if (context.getAuthenticatedUserId() == null) {
                return null;
            }
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task == null ? null : new Target(task.getTaskDefinitionKey(), task.getName(),
                    LegacyReportForms.usedBy(task));
        }));
    }

    /** The value as sent: typed, never turned into an object (which is what an unknown type would need). */
    private static Object valueOf(Map<String, ?> variables, String name) {
        return variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
    }

    private static boolean plain(Object value) {
        if (value instanceof TypedValue typed) {
            return typed.getType() == null || PLAIN_TYPES.contains(typed.getType().getName());
        }
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Date;
    }

    private static String quoted(Set<String> names) {
        return names.stream().map(name -> "«" + name + "»").collect(Collectors.joining(", "));
    }

    private record Target(String key, String name, boolean legacy) {
    }
}

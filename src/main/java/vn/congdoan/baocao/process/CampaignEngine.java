package vn.congdoan.baocao.process;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.UserFacingException;

/** What the feature services ask of the engine: start a campaign, complete one of its tasks. */
@Component
public class CampaignEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CampaignEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the campaign process of a stored cycle; its business key is the cycle id. */
    public String startCampaign(long cycleId) {
        return asUser(() -> runtime.startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN, String.valueOf(cycleId),
                Map.of(ProcessVariables.CYCLE_ID, cycleId)).getId());
    }

    /** Completes the cycle's open task of that kind, as the current user; 409 when there is none. */
    public void completeTask(long cycleId, String taskKey, Map<String, Object> variables) {
        complete(String.valueOf(cycleId), taskKey, variables,
                "Đợt báo cáo số " + cycleId + " không ở bước này («" + taskKey + "»).");
    }

    /** Completes the open task of that kind in a unit's reporting, as the current user; 409 when there is none. */
    public void completeUnitTask(long cycleId, String unitCode, String taskKey, Map<String, Object> variables) {
        complete(ProcessIds.unitReportKey(cycleId, unitCode), taskKey, variables,
                "Báo cáo của đơn vị «" + unitCode + "» không ở bước này («" + taskKey + "»).");
    }

    private void complete(String businessKey, String taskKey, Map<String, Object> variables, String notThere) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new ConflictException(notThere);
        }
        asUser(() -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** Runs an engine call; what the user should read comes out unwrapped from the engine's exceptions. */
    private static <T> T asUser(Supplier<T> action) {
        try {
            return action.get();
        } catch (AuthorizationException e) {
            throw new ForbiddenException("Bạn không có quyền thực hiện việc này: " + e.getMessage());
        } catch (ProcessEngineException e) {
            throw UserFacingException.causeOf(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}

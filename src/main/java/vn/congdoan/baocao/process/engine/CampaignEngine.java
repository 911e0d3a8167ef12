package vn.congdoan.baocao.process.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.UserFacingException;

/** What the feature services ask of the engine: start a campaign, complete one of its tasks. */
@Component
public class CampaignEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final CommandExecutor commands;

    CampaignEngine(RuntimeService runtime, TaskService tasks, RepositoryService repository, IdentityService identity,
                   ProcessEngineConfigurationImpl configuration) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.commands = configuration.getCommandExecutorTxRequired();
    }

    /**
     * Starts the campaign process of a stored cycle; its business key is the cycle id, which ties the
     * instance to the cycle (see {@code plan.CampaignStartedListener}).
     */
    public String startCampaign(long cycleId) {
        return asUser(() -> runtime.startProcessInstanceByKey(ProcessIds.PROCESS_CAMPAIGN, String.valueOf(cycleId))
                .getId());
    }

    /** Completes the cycle's open task of that kind, as the current user; 409 when there is none. */
    public void completeTask(long cycleId, String taskKey, Map<String, Object> variables) {
        complete(String.valueOf(cycleId), taskKey, variables, () -> "Đợt báo cáo số " + cycleId
                + " không ở bước «" + stepName(ProcessIds.PROCESS_CAMPAIGN, taskKey) + "».");
    }

    /** Completes the open task of that kind in a unit's reporting, as the current user; 409 when there is none. */
    public void completeUnitTask(long cycleId, String unitCode, String taskKey, Map<String, Object> variables) {
        complete(ProcessIds.unitReportKey(cycleId, unitCode), taskKey, variables, () -> "Báo cáo của đơn vị «"
                + unitCode + "» không ở bước «" + stepName(ProcessIds.PROCESS_UNIT_REPORT, taskKey) + "».");
    }

    private void complete(String businessKey, String taskKey, Map<String, Object> variables,
                          Supplier<String> notThere) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new ConflictException(notThere.get());
        }
        asUser(() -> commands.execute(new ApplicationCompletion(task.getId(), variables)));
    }

    /** The step's name as the process model writes it, e.g. "Duyệt kế hoạch". */
    private String stepName(String processKey, String taskKey) {
        Optional<String> name = EngineUser.asEngine(identity, () -> Optional.ofNullable(repository
                        .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult())
                .map(ProcessDefinition::getId)
                .map(id -> repository.getBpmnModelInstance(id).<FlowElement>getModelElementById(taskKey))
                .map(FlowElement::getName));
        return name.orElse(taskKey);
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

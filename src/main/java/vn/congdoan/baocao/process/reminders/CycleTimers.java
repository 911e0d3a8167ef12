package vn.congdoan.baocao.process.reminders;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;

/**
 * The timers waiting in a cycle (reminders, the cut-off, the province's deadlines), each with the unit it
 * is about by name, soonest first: what a supervisor would otherwise find by opening one instance after
 * another in Cockpit.
 */
@Service
public class CycleTimers {

    /** Who a timer waits for when it is about the province's own steps. */
    static final String PROVINCE = "Liên đoàn Lao động tỉnh";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final CycleService cycles;

    CycleTimers(RuntimeService runtime, ManagementService management, RepositoryService repository,
                CycleService cycles) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.cycles = cycles;
    }

    /**
     * @param unit        the unit's code, or null for the province's own steps
     * @param waitingStep the name of the step whose timer this is
     * @param process     the name of the process it waits in
     */
    public record Timer(String unit, String unitName, String waitingStep, String process, OffsetDateTime dueAt,
                        String processInstanceId) {
    }

    public List<Timer> of(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        CycleView cycle = cycles.get(cycleId);
        Map<String, String> unitNames = new HashMap<>();
        cycle.units().forEach(unit -> unitNames.put(unit.code(), unit.name()));
        String key = String.valueOf(cycleId);
        Map<String, String> businessKeys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "/%").list()
                .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        Map<String, String> stepNames = new HashMap<>();
        Map<String, String> processNames = new HashMap<>();
        List<Timer> timers = new ArrayList<>();
        for (Job job : management.createJobQuery().timers().processInstanceIds(businessKeys.keySet()).list()) {
            String unit = ProcessIds.unitOfKey(businessKeys.get(job.getProcessInstanceId()));
            timers.add(new Timer(unit, unit == null ? PROVINCE : unitNames.getOrDefault(unit, unit),
                    stepNames.computeIfAbsent(job.getJobDefinitionId(), this::stepName),
                    processNames.computeIfAbsent(job.getProcessDefinitionId(), this::processName),
                    job.getDuedate().toInstant().atZone(cycle.timeZone()).toOffsetDateTime(),
                    job.getProcessInstanceId()));
        }
        timers.sort(Comparator.comparing(Timer::dueAt).thenComparing(Timer::unitName));
        return timers;
    }

    private String stepName(String jobDefinitionId) {
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId).singleResult();
        if (definition == null) {
            return "";
        }
        FlowElement step = repository.getBpmnModelInstance(definition.getProcessDefinitionId())
                .getModelElementById(definition.getActivityId());
        return step == null ? definition.getActivityId() : Objects.requireNonNullElse(step.getName(), step.getId());
    }

    private String processName(String processDefinitionId) {
        return repository.getProcessDefinition(processDefinitionId).getName();
    }
}

package vn.congdoan.baocao.process.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.system.BadRequestException;

/**
 * At the start of a campaign: a start from Tasklist brings the form's fields (and nothing else), from
 * which the cycle is created with the API's checks (a refusal rolls the start back); a start from the
 * API brings no variables and, as business key, the id of the cycle it has just created in the same
 * transaction. Either way the instance is tied to its cycle, once.
 */
@Component
class CampaignStartedListener implements ExecutionListener {

    private final CycleService cycles;
    private final IdentityService identity;

    CampaignStartedListener(CycleService cycles, IdentityService identity) {
        this.cycles = cycles;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Set<String> sent = new TreeSet<>(execution.getVariableNames());
        long cycleId = (sent.isEmpty() ? cycles.awaitingProcess(execution.getProcessBusinessKey()) : Optional.<Long>empty())
                .orElseGet(() -> createFromForm(execution, sent));
        execution.removeVariables(sent.stream().filter(PlanFormFields::isField).toList());
        execution.setVariable(ProcessVariables.CYCLE_ID, cycleId);
        execution.setProcessBusinessKey(String.valueOf(cycleId));
        cycles.attachProcess(cycleId, execution.getProcessInstanceId());
    }

    private long createFromForm(DelegateExecution execution, Set<String> sent) {
        List<String> unknown = sent.stream().filter(name -> !PlanFormFields.isField(name)).toList();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("Không khởi tạo được: biểu mẫu khởi tạo đợt báo cáo không có "
                    + unknown.stream().map(name -> "«" + name + "»").collect(Collectors.joining(", "))
                    + ". Chưa có gì được tạo.");
        }
        return cycles.create(PlanFormFields.read(execution.getVariables()), EngineUser.current(identity));
    }
}

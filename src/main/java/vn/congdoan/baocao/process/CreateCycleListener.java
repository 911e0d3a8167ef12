package vn.congdoan.baocao.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleParametersException;
import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.report.ReportService;

/**
 * At the start of a campaign: a start from Tasklist brings the form's fields, from which the cycle
 * is created with the API's checks (a refusal rolls the start back); a start from the API brings
 * the id of the cycle it created. Either way the instance is tied to its cycle.
 */
@Component
class CreateCycleListener implements ExecutionListener {

    private final CycleService cycles;
    private final ReportService reports;
    private final IdentityService identity;

    CreateCycleListener(CycleService cycles, ReportService reports, IdentityService identity) {
        this.cycles = cycles;
        this.reports = reports;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object given = execution.getVariable(ProcessVariables.CYCLE_ID);
        long cycleId = given instanceof Number id ? id.longValue() : createFromForm(execution);
        List<FieldViolation> overLimits = UnitReportForm.overLimits(reports.form(cycleId));
        if (!overLimits.isEmpty()) {
            throw new CycleParametersException(overLimits);
        }
        execution.removeVariables(StartFormParameters.KEYS);
        execution.setVariable(ProcessVariables.CYCLE_ID, cycleId);
        execution.setProcessBusinessKey(String.valueOf(cycleId));
        cycles.attachProcess(cycleId, execution.getProcessInstanceId());
    }

    private long createFromForm(DelegateExecution execution) {
        return cycles.create(StartFormParameters.read(execution.getVariables()), EngineUser.current(identity));
    }
}

package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.process.forms.FormComponent;
import vn.congdoan.baocao.process.forms.FormSchema;
import vn.congdoan.baocao.process.forms.ReportFormGenerator;
import vn.congdoan.baocao.report.ProgressPage;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.process.engine.EngineUser;

/**
 * A cycle's forms. The report forms: generated when its plan is issued, with exactly its indicators, periods,
 * sections and rules, and deployed on their own; the user tasks find them by these ids
 * ({@code camunda:formRef="${cycleForms.unitReport(cycleId)}"}, binding latest).
 */
@Component(CycleForms.BEAN)
public class CycleForms {

    static final String BEAN = "cycleForms";

    private final ReportService reports;
    private final RepositoryService repository;
    private final IdentityService identity;

    CycleForms(ReportService reports, RepositoryService repository, IdentityService identity) {
        this.reports = reports;
        this.repository = repository;
        this.identity = identity;
    }

    public String draftPlan(Object cycleId) {
        return draftPlanId(cycleId);
    }

    /** The cycle's draft-plan form, generated with the plan's current values each time the task opens. */
    public static String draftPlanId(Object cycleId) {
        return id(ProcessIds.FORM_DRAFT_PLAN, cycleId);
    }

    public String unitReport(Object cycleId) {
        return id(ProcessIds.FORM_UNIT_REPORT, cycleId);
    }

    public String reviewReport(Object cycleId) {
        return id(ProcessIds.FORM_REVIEW_REPORT, cycleId);
    }

    public String provinceReport(Object cycleId) {
        return id(ProcessIds.FORM_PROVINCE_REPORT, cycleId);
    }

    public String approveProvinceReport(Object cycleId) {
        return id(ProcessIds.FORM_APPROVE_PROVINCE_REPORT, cycleId);
    }

    /** The cycle's four forms, as deployed. */
    static FormSchema[] generate(long cycleId, ReportForm form) {
        return new FormSchema[] {
                ReportFormGenerator.unitReport(id(ProcessIds.FORM_UNIT_REPORT, cycleId), form, ProcessVariables.REPORT_ACTION),
                withProgress(cycleId, ReportFormGenerator.reviewReport(id(ProcessIds.FORM_REVIEW_REPORT, cycleId), form,
                        ProcessVariables.REPORT_DECISION, ProcessVariables.REPORT_COMMENT)),
                withProgress(cycleId, ReportFormGenerator.provinceReport(id(ProcessIds.FORM_PROVINCE_REPORT, cycleId), form,
                        ProcessVariables.PROVINCE_ACTION)),
                withProgress(cycleId, ReportFormGenerator.approveProvinceReport(
                        id(ProcessIds.FORM_APPROVE_PROVINCE_REPORT, cycleId), form, ProcessVariables.PROVINCE_DECISION,
                        ProcessVariables.PROVINCE_COMMENT))};
    }

    /** The province's forms link to the cycle's progress, under their heading. */
    private static FormSchema withProgress(long cycleId, FormSchema schema) {
        List<FormComponent> components = new ArrayList<>(schema.components());
        components.add(1, FormComponent.text("Text_Progress", ProgressPage.markdownLink(cycleId)));
        return FormSchema.of(schema.id(), components);
    }

    /** Deploys the cycle's forms, once: the deployment is named after the cycle and not repeated. */
    void deploy(long cycleId) {
        String name = "report-forms-cycle-" + cycleId;
        EngineUser.asEngine(identity, () -> {
            if (repository.createDeploymentQuery().deploymentName(name).count() > 0) {
                return;
            }
            var deployment = repository.createDeployment().name(name);
            for (FormSchema schema : generate(cycleId, reports.form(cycleId))) {
                deployment.addString(schema.id() + ".form", schema.toJson());
            }
            deployment.deploy();
        });
    }

    private static String id(String form, Object cycleId) {
        return form + "-cycle-" + cycleId;
    }
}

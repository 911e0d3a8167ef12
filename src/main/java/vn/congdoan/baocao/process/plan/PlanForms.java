package vn.congdoan.baocao.process.plan;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.process.CycleForms;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.engine.EngineUser;
import vn.congdoan.baocao.process.forms.FormComponent;
import vn.congdoan.baocao.process.forms.FormSchema;
import vn.congdoan.baocao.system.StartupOrder;
import vn.congdoan.baocao.template.TemplateCatalog;
import vn.congdoan.baocao.template.TemplatesChanged;
import vn.congdoan.baocao.unit.UnitDirectory;
import vn.congdoan.baocao.unit.UnitsChanged;

/**
 * Deploys the plan's forms as generated from today's units and templates: the start form at start-up
 * (and whenever called again), a cycle's draft-plan form each time its task opens. A form equal to the
 * one deployed last is not deployed again.
 */
@Component
@Order(StartupOrder.START_FORM)
public class PlanForms implements ApplicationRunner {

    private static final String START_FORM_DEPLOYMENT = "start-form";

    private final CycleService cycles;
    private final TemplateCatalog templates;
    private final UnitDirectory units;
    private final RepositoryService repository;
    private final IdentityService identity;

    PlanForms(CycleService cycles, TemplateCatalog templates, UnitDirectory units, RepositoryService repository,
              IdentityService identity) {
        this.cycles = cycles;
        this.templates = templates;
        this.units = units;
        this.repository = repository;
        this.identity = identity;
    }

    /** Templates and units loaded at start-up wait for {@link #run}: the default template may not be there yet. */
    private volatile boolean started;

    @Override
    public void run(ApplicationArguments args) {
        deployStartForm();
        started = true;
    }

    /** Units were added or changed: the start form lists them as they now are, in the same transaction. */
    @EventListener
    void on(UnitsChanged changed) {
        if (started) {
            deployStartForm();
        }
    }

    /** A template or version was loaded: the start form offers it, in the same transaction. */
    @EventListener
    void on(TemplatesChanged changed) {
        if (started) {
            deployStartForm();
        }
    }

    /** The start form with the default template's values; to be called again when units or templates change. */
    public void deployStartForm() {
        List<PlanFormGenerator.TemplateChoice> choices = templates.latestVersions().stream()
                .map(t -> new PlanFormGenerator.TemplateChoice(t.code(), t.name())).toList();
        deploy(START_FORM_DEPLOYMENT, startForm(choices));
    }

    FormSchema startForm(List<PlanFormGenerator.TemplateChoice> choices) {
        return PlanFormGenerator.startForm(ProcessIds.FORM_START_CYCLE, choices, cycles.templateDefaults(null),
                units.list(Optional.empty()));
    }

    /** The cycle's draft-plan form, with the plan as it stands. */
    void deployDraftForm(CycleView cycle) {
        deploy("plan-form-cycle-" + cycle.id(), draftForm(cycle));
    }

    FormSchema draftForm(CycleView cycle) {
        List<FormComponent> heading = List.of(
                FormComponent.text("Text_Heading", "#### Dự thảo kế hoạch\nSửa các ô nếu cần rồi bấm **Hoàn thành** "
                        + "để trình Thường trực duyệt. Bản Word của dự thảo theo đúng các ô đã lưu."),
                FormComponent.text("Text_Returned", "**Thường trực đã trả lại dự thảo với ý kiến:**\n\n{{"
                        + ProcessVariables.LAST_RETURN_COMMENT + "}}")
                        .hiddenWhen(ProcessVariables.LAST_RETURN_COMMENT + " = null"),
                FormComponent.text("Text_Summary", "{{" + ProcessVariables.PLAN_SUMMARY + ".text}}"));
        return PlanFormGenerator.draftForm(CycleForms.draftPlanId(cycle.id()), heading, cycle.asSent(),
                units.list(Optional.empty()));
    }

    private void deploy(String name, FormSchema form) {
        EngineUser.asEngine(identity, () -> {
            repository.createDeployment().name(name).enableDuplicateFiltering(false)
                    .addString(form.id() + ".form", form.toJson()).deploy();
        });
    }
}

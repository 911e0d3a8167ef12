package vn.congdoan.baocao.process;

import static vn.congdoan.baocao.process.ProcessVariables.DRAFT_VERSION;
import static vn.congdoan.baocao.process.ProcessVariables.FORM_EXPLANATIONS;
import static vn.congdoan.baocao.process.ProcessVariables.FORM_SECTIONS;
import static vn.congdoan.baocao.process.ProcessVariables.FORM_UNIT_TEXTS;
import static vn.congdoan.baocao.process.ProcessVariables.FORM_VALUES;
import static vn.congdoan.baocao.process.ProcessVariables.LATE_DECISION;
import static vn.congdoan.baocao.process.ProcessVariables.LATE_UNTIL;
import static vn.congdoan.baocao.process.ProcessVariables.PLAN_COMMENT;
import static vn.congdoan.baocao.process.ProcessVariables.PLAN_DECISION;
import static vn.congdoan.baocao.process.ProcessVariables.PLAN_ISSUE_DATE;
import static vn.congdoan.baocao.process.ProcessVariables.PROVINCE_ACTION;
import static vn.congdoan.baocao.process.ProcessVariables.PROVINCE_COMMENT;
import static vn.congdoan.baocao.process.ProcessVariables.PROVINCE_DECISION;
import static vn.congdoan.baocao.process.ProcessVariables.REPORT_ACTION;
import static vn.congdoan.baocao.process.ProcessVariables.REPORT_COMMENT;
import static vn.congdoan.baocao.process.ProcessVariables.REPORT_DECISION;
import static vn.congdoan.baocao.process.ProcessVariables.SUBMISSION_ADDRESS;
import static vn.congdoan.baocao.process.ProcessVariables.SUBMISSION_DATE;
import static vn.congdoan.baocao.process.ProcessVariables.SUBMISSION_NATIONAL_CYCLE;
import static vn.congdoan.baocao.process.ProcessVariables.SUBMISSION_NUMBER;
import static vn.congdoan.baocao.process.ProcessVariables.SUBMISSION_SENDER;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import vn.congdoan.baocao.process.plan.PlanFormFields;

/**
 * Each user task's form and the fields it submits: the only variables a person may set on that task,
 * whether through Tasklist, the engine's REST API or the webapps' copy of it. Everything a listener,
 * delegate or gateway reads besides these is the application's own.
 */
public record TaskForms(String taskKey, String formId, Set<String> fields, Predicate<String> generatedFields) {

    /** A form whose fields are all known in advance. */
    TaskForms(String taskKey, String formId, Set<String> fields) {
        this(taskKey, formId, fields, name -> false);
    }

    private static final Set<String> CELLS = UnitReportForm.cellKeys();

    /** The forms of the report tasks are generated per cycle ({@link CycleForms}); their ids name the cycle. */
    static final List<TaskForms> ALL = List.of(
            // the plan's fields, whose names follow the units' kinds and the periods' rows of the day
            new TaskForms(ProcessIds.TASK_DRAFT_PLAN, ProcessIds.FORM_DRAFT_PLAN, Set.of(), PlanFormFields::isDraftField),
            new TaskForms(ProcessIds.TASK_APPROVE_PLAN, ProcessIds.FORM_APPROVE_PLAN,
                    Set.of(PLAN_DECISION, PLAN_COMMENT, PLAN_ISSUE_DATE)),
            new TaskForms(ProcessIds.TASK_FILL_REPORT, ProcessIds.FORM_UNIT_REPORT,
                    Set.of(FORM_VALUES, FORM_SECTIONS, FORM_EXPLANATIONS, DRAFT_VERSION, REPORT_ACTION)),
            new TaskForms(ProcessIds.TASK_REVIEW_REPORT, ProcessIds.FORM_REVIEW_REPORT,
                    Set.of(FORM_SECTIONS, REPORT_DECISION, REPORT_COMMENT)),
            new TaskForms(ProcessIds.TASK_DECIDE_LATE_UNITS, ProcessIds.FORM_LATE_UNITS,
                    Set.of(LATE_DECISION, LATE_UNTIL)),
            new TaskForms(ProcessIds.TASK_DRAFT_PROVINCE_REPORT, ProcessIds.FORM_PROVINCE_REPORT,
                    Set.of(FORM_SECTIONS, FORM_UNIT_TEXTS, FORM_EXPLANATIONS, PROVINCE_ACTION)),
            new TaskForms(ProcessIds.TASK_APPROVE_PROVINCE_REPORT, ProcessIds.FORM_APPROVE_PROVINCE_REPORT,
                    Set.of(FORM_SECTIONS, PROVINCE_DECISION, PROVINCE_COMMENT)),
            new TaskForms(ProcessIds.TASK_RECORD_SUBMISSION, ProcessIds.FORM_SUBMISSION,
                    Set.of(SUBMISSION_NUMBER, SUBMISSION_DATE, SUBMISSION_SENDER, SUBMISSION_ADDRESS,
                            SUBMISSION_NATIONAL_CYCLE)));

    /** The report tasks of models deployed before the forms were made per cycle ({@link LegacyReportForms}). */
    static final List<TaskForms> LEGACY = List.of(
            new TaskForms(ProcessIds.TASK_FILL_REPORT, ProcessIds.FORM_UNIT_REPORT,
                    withCells(FORM_SECTIONS, FORM_EXPLANATIONS, DRAFT_VERSION, REPORT_ACTION)),
            new TaskForms(ProcessIds.TASK_REVIEW_REPORT, ProcessIds.FORM_REVIEW_REPORT,
                    withCells(FORM_SECTIONS, REPORT_DECISION, REPORT_COMMENT)),
            new TaskForms(ProcessIds.TASK_DRAFT_PROVINCE_REPORT, ProcessIds.FORM_PROVINCE_REPORT,
                    withCells(FORM_SECTIONS, FORM_UNIT_TEXTS, PROVINCE_ACTION)),
            new TaskForms(ProcessIds.TASK_APPROVE_PROVINCE_REPORT, ProcessIds.FORM_APPROVE_PROVINCE_REPORT,
                    withCells(FORM_SECTIONS, PROVINCE_DECISION, PROVINCE_COMMENT)));

    private static final Map<String, TaskForms> BY_TASK = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(TaskForms::taskKey, Function.identity()));
    private static final Map<String, TaskForms> LEGACY_BY_TASK = LEGACY.stream()
            .collect(Collectors.toUnmodifiableMap(TaskForms::taskKey, Function.identity()));

    /** The form of a user task of ours; empty for any other task, on which nobody may set anything. */
    static Optional<TaskForms> of(String taskKey) {
        return Optional.ofNullable(taskKey).map(BY_TASK::get);
    }

    /** The form of a task of ours, on the static report forms of earlier releases when {@code legacy}. */
    public static Optional<TaskForms> of(String taskKey, boolean legacy) {
        return legacy && taskKey != null && LEGACY_BY_TASK.containsKey(taskKey)
                ? Optional.of(LEGACY_BY_TASK.get(taskKey)) : of(taskKey);
    }

    /** The names among these that the form does not submit. */
    public Set<String> undeclared(Collection<String> names) {
        return names.stream().filter(name -> !fields.contains(name) && !generatedFields.test(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> withCells(String... names) {
        Set<String> fields = new HashSet<>(CELLS);
        fields.addAll(List.of(names));
        return Set.copyOf(fields);
    }
}

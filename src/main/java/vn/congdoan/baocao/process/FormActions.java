package vn.congdoan.baocao.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.congdoan.baocao.system.BadRequestException;

/** The choice a report form sends with its fields: keep as a draft, or submit. */
final class FormActions {

    private static final Set<String> CHOICES = Set.of(ProcessVariables.ACTION_DRAFT, ProcessVariables.ACTION_SUBMIT);

    private FormActions() {
    }

    /** Refuses a choice the form cannot send, before the gateway reads it; none means a draft. */
    static void check(DelegateTask task, String variable) {
        Object choice = task.getVariable(variable);
        if (choice != null && !(choice instanceof String text && CHOICES.contains(text))) {
            throw new BadRequestException("Không thực hiện được: «" + variable + "» phải là «"
                    + ProcessVariables.ACTION_DRAFT + "» (lưu nháp) hoặc «" + ProcessVariables.ACTION_SUBMIT
                    + "» (nộp), không phải «" + choice + "». Việc chưa hoàn thành, không có gì thay đổi.");
        }
    }
}

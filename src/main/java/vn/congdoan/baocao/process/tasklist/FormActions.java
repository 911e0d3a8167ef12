package vn.congdoan.baocao.process.tasklist;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.system.BadRequestException;

/** The choices a form sends: keep as a draft or submit; a decision for the gateway after the task. */
public final class FormActions {

    private static final Set<String> CHOICES = Set.of(ProcessVariables.ACTION_DRAFT, ProcessVariables.ACTION_SUBMIT);

    private FormActions() {
    }

    /** Refuses a choice the form cannot send, before the gateway reads it; none means a draft. */
    public static void check(DelegateTask task, String variable) {
        Object choice = task.getVariable(variable);
        if (choice != null && !(choice instanceof String text && CHOICES.contains(text))) {
            throw new BadRequestException("Không thực hiện được: «" + variable + "» phải là «"
                    + ProcessVariables.ACTION_DRAFT + "» (lưu nháp) hoặc «" + ProcessVariables.ACTION_SUBMIT
                    + "» (nộp), không phải «" + choice + "». Việc chưa hoàn thành, không có gì thay đổi.");
        }
    }

    /**
     * The decision as sent, without surrounding spaces, written back so that the gateway reads what the
     * listener records ("ACCEPT " from a hand-made request is ACCEPT; anything else the listener refuses).
     */
    public static String decision(DelegateTask task, String variable) {
        Object sent = task.getVariable(variable);
        if (!(sent instanceof String text)) {
            return sent == null ? null : sent.toString();
        }
        String decision = text.strip();
        if (!decision.equals(text)) {
            task.setVariable(variable, decision);
        }
        return decision;
    }
}

package vn.congdoan.baocao.process.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Sets the first reminder of a deadline: the first slot still to come (those already past are not sent). */
@Component
class RemindersStartedListener implements ExecutionListener {

    private final ReminderSlots slots;

    RemindersStartedListener(ReminderSlots slots) {
        this.slots = slots;
    }

    @Override
    public void notify(DelegateExecution execution) {
        slots.scheduleFirst(execution);
    }
}

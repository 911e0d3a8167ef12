package vn.congdoan.baocao.process.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.notification.ReminderSchedule;
import vn.congdoan.baocao.notification.Reminders;

/**
 * Sends the reminder of the slot the timer reached, to whoever still has to act (nobody once the work is
 * done), then sets the next slot. A timer that fired late sends the latest slot that came due meanwhile,
 * once. A retried job finds the notifications stored and sends nothing twice.
 */
@Component
class SendReminderDelegate implements JavaDelegate {

    private final ReminderSlots slots;
    private final Reminders reminders;

    SendReminderDelegate(ReminderSlots slots, Reminders reminders) {
        this.slots = slots;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReminderSchedule.Slot slot = slots.reached(execution);
        slots.target(execution).ifPresent(target -> reminders.remind(target, slot));
        slots.scheduleAfter(execution, slot);
    }
}

package vn.congdoan.baocao.process.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.notification.NotificationSubject;
import vn.congdoan.baocao.notification.ReminderSchedule;
import vn.congdoan.baocao.notification.ReminderTarget;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.report.ReportService;

/** The deadline-reminders process's view of the schedule: the slot reached, the next one, and who must act on it. */
@Component
class ReminderSlots {

    private final CycleService cycles;
    private final ReportService reports;
    private final ProvinceReports provinceReports;
    private final Submissions submissions;
    private final Clock clock;

    ReminderSlots(CycleService cycles, ReportService reports, ProvinceReports provinceReports, Submissions submissions,
                  Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.provinceReports = provinceReports;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** Sets the first reminder for the timer to wait for: the first slot after now. */
    void scheduleFirst(DelegateExecution execution) {
        await(execution, schedule(execution).next(dueAt(execution), clock.instant()));
    }

    /** The slot to send now that the timer fired: the one it waited for, or the latest one due since it. */
    ReminderSchedule.Slot reached(DelegateExecution execution) {
        Instant awaited = ((Date) execution.getVariable(ProcessVariables.REMINDER_AT)).toInstant();
        return schedule(execution).reached(dueAt(execution), awaited, clock.instant());
    }

    /** Sets the timer to the slot after the one just sent, which is still to come however late that one was. */
    void scheduleAfter(DelegateExecution execution, ReminderSchedule.Slot sent) {
        await(execution, schedule(execution).next(dueAt(execution), sent.at()));
    }

    private static void await(DelegateExecution execution, ReminderSchedule.Slot slot) {
        execution.setVariable(ProcessVariables.REMINDER_AT, Date.from(slot.at()));
        execution.setVariable(ProcessVariables.REMINDER_SLOT, slot.offset());
    }

    Optional<ReminderTarget> target(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        NotificationSubject subject = NotificationSubject.valueOf(
                CycleVariables.text(execution, ProcessVariables.REMINDER_SUBJECT));
        return switch (subject) {
            case UNIT_REPORT -> reports.reminderTarget(cycleId,
                    CycleVariables.text(execution, ProcessVariables.REMINDER_SUBJECT_KEY));
            case PROVINCE_REPORT -> provinceReports.reminderTarget(cycleId);
            case SUBMISSION -> submissions.reminderTarget(cycleId);
        };
    }

    private ReminderSchedule schedule(DelegateExecution execution) {
        CycleView cycle = cycles.get(CycleVariables.cycleId(execution));
        return ReminderSchedule.of(cycle.reminders().before(), cycle.reminders().overdueEvery());
    }

    private static Instant dueAt(DelegateExecution execution) {
        Object due = execution.getVariable(ProcessVariables.REMINDER_DUE_AT);
        if (!(due instanceof Date date)) {
            throw new IllegalStateException("Variable " + ProcessVariables.REMINDER_DUE_AT + " is missing");
        }
        return date.toInstant();
    }
}

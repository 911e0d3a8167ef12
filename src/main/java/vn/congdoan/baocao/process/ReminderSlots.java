package vn.congdoan.baocao.process;

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
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.report.ReportService;

/** The deadline-reminders process's view of the schedule: the next slot, and who must act on it. */
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

    /** Sets the instant of the next reminder after now, and its offset, for the timer to wait for. */
    void scheduleNext(DelegateExecution execution) {
        ReminderSchedule.Slot slot = schedule(execution).next(dueAt(execution), clock.instant());
        execution.setVariable(ProcessVariables.REMINDER_AT, Date.from(slot.at()));
        execution.setVariable(ProcessVariables.REMINDER_SLOT, slot.offset());
    }

    /** The slot the timer has just reached. */
    ReminderSchedule.Slot current(DelegateExecution execution) {
        Instant at = ((Date) execution.getVariable(ProcessVariables.REMINDER_AT)).toInstant();
        return schedule(execution).next(dueAt(execution), at.minusMillis(1));
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

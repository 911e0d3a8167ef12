package vn.congdoan.baocao.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.security.ProvinceGroups;

/** Sends the reminder of one slot to whoever has to act, and escalates overdue work to the province's leaders. */
@Service
public class Reminders {

    /** Overdue work goes up to the supervisor and the leadership. */
    static final List<String> ESCALATE_TO = List.of(ProvinceGroups.SUPERVISOR, ProvinceGroups.LEADERSHIP);


    private final Notifications notifications;

    Reminders(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Sends the slot's reminder (and escalations when overdue); answers how many notifications were new. */
    @Transactional
    public int remind(ReminderTarget target, ReminderSchedule.Slot slot) {
        String due = DeadlineCalculator.AT.format(target.due().atZone(target.zone()));
        String message = switch (slot.phase()) {
            case BEFORE -> "Nhắc việc: " + target.what() + " có hạn đến " + due + ", còn " + words(slot.distance()) + ".";
            case DUE -> "Đã đến hạn: " + target.what() + " có hạn đến " + due + ".";
            case OVERDUE -> "Quá hạn " + words(slot.distance()) + ": " + target.what() + " có hạn đến " + due
                    + ". Đề nghị hoàn thành ngay.";
        };
        int sent = send(target, NotificationKind.REMINDER, target.recipient(), slot, message);
        if (slot.phase() == ReminderSchedule.Phase.OVERDUE) {
            String escalation = target.unfinished() + ", đã quá hạn " + words(slot.distance()) + " (hạn " + due + ").";
            for (String group : ESCALATE_TO) {
                sent += send(target, NotificationKind.ESCALATION, group, slot, escalation);
            }
        }
        return sent;
    }

    private int send(ReminderTarget target, NotificationKind kind, String recipient, ReminderSchedule.Slot slot,
                     String message) {
        return notifications.send(new NotificationRequest(target.cycleId(), target.subject(), target.subjectKey(), kind,
                recipient, target.due(), slot.offset(), message)) ? 1 : 0;
    }

    /** A duration as a person says it: "5 ngày", "12 giờ", "30 giây". */
    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + " ngày";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + " giờ";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " phút";
        }
        return seconds + " giây";
    }
}

package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.congdoan.baocao.notification.NotificationKind;
import vn.congdoan.baocao.notification.NotificationView;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;

/**
 * A reminder timer whose job runs late (a busy job executor, the application down), through the application's
 * own listener and delegate: the latest slot that came due is sent once, the earlier ones it passed are not,
 * and the timer waits for the first slot still to come.
 */
class LateRemindersTest extends EmbeddedAppTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** "trước ngày 20/8/2020", the default unit deadline. */
    private static final Instant DUE = Instant.parse("2020-08-19T16:59:59Z");
    private static final String UNIT = "hoalu";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Notifications notifications;

    @BeforeEach
    void assertionsOnTheApplicationsEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetTheEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void aSlotThatCameDueWhileTheTimerWasLateIsSentOnceAndTheTimerMovesToTheSlotAfterIt() throws Exception {
        ObjectNode request = CycleRequests.withUnits(List.of(UNIT));
        ObjectNode seconds = request.putObject("reminders");
        seconds.putArray("before").add("PT60S").add("PT30S");
        seconds.put("overdueEvery", "PT30S");
        long cycle = IssuedCycles.issue(new ApiClient(http), management, request);
        ProcessInstance reminders = remindersOf(cycle);
        BpmnAwareTests.assertThat(reminders).isWaitingAt(ProcessIds.TIMER_REMINDER);
        assertThat(timerDue(reminders)).isEqualTo(DUE.minusSeconds(60));

        // 15 s late, before the next slot: that slot's reminder, then the next slot
        runTimerAt(reminders, DUE.minusSeconds(45));
        assertThat(reminderSlots(cycle)).containsExactly("-PT1M");
        assertThat(timerDue(reminders)).isEqualTo(DUE.minusSeconds(30));

        // 40 s late: the deadline has passed meanwhile, so "30 s left" is stale; the deadline's own reminder goes
        runTimerAt(reminders, DUE.plusSeconds(10));
        assertThat(reminderSlots(cycle)).containsExactly("-PT1M", "PT0S");
        assertThat(timerDue(reminders)).isEqualTo(DUE.plusSeconds(30));

        // on time again: every slot after it keeps its place
        runTimerAt(reminders, DUE.plusSeconds(30));
        assertThat(reminderSlots(cycle)).containsExactly("-PT1M", "PT0S", "PT30S");
        assertThat(timerDue(reminders)).isEqualTo(DUE.plusSeconds(60));
    }

    @Test
    void afterADowntimeOverSeveralSlotsOnlyTheLatestDueSlotIsSentAndOnlyOnce() throws Exception {
        long cycle = IssuedCycles.issue(new ApiClient(http), management, List.of(UNIT));
        ProcessInstance reminders = remindersOf(cycle);
        assertThat(timerDue(reminders)).isEqualTo(DUE.minus(Duration.ofDays(5)));

        // down from before the first reminder until five days and three hours after the deadline:
        // -P5D, -P1D, the deadline, P2D and P4D came due meanwhile; P4D stands for them all
        runTimerAt(reminders, DUE.plus(Duration.ofDays(5)).plus(Duration.ofHours(3)));

        List<NotificationView> sent = notifications.list(cycle, UNIT, ZONE);
        assertThat(reminderSlots(cycle)).containsExactly("P4D");
        assertThat(sent).filteredOn(n -> n.kind() == NotificationKind.ESCALATION)
                .extracting(NotificationView::recipient, NotificationView::slot)
                .containsExactlyInAnyOrder(tuple("giamsat", "P4D"), tuple("thuongtruc", "P4D"));
        assertThat(timerDue(reminders)).isEqualTo(DUE.plus(Duration.ofDays(6)));

        // nothing else is due for it: no second reminder of that slot, no burst of the ones it passed
        assertThat(management.createJobQuery().processInstanceId(reminders.getId()).executable().count()).isZero();
        assertThat(notifications.list(cycle, UNIT, ZONE)).hasSameSizeAs(sent);

        runTimerAt(reminders, DUE.plus(Duration.ofDays(6)));
        assertThat(reminderSlots(cycle)).containsExactly("P4D", "P6D");
    }

    private ProcessInstance remindersOf(long cycle) {
        ProcessInstance report = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, UNIT))
                .processDefinitionKey(ProcessIds.PROCESS_UNIT_REPORT).singleResult();
        return ProcessClock.remindersOf(report);
    }

    private static Instant timerDue(ProcessInstance reminders) {
        return ProcessClock.timerOf(reminders).getDuedate().toInstant();
    }

    /** The application's clock (and the engine's with it) at that instant, then the timer's job, however late. */
    private void runTimerAt(ProcessInstance reminders, Instant now) {
        clock.set(now);
        management.executeJob(ProcessClock.timerOf(reminders).getId());
    }

    private List<String> reminderSlots(long cycle) {
        return notifications.list(cycle, UNIT, ZONE).stream().filter(n -> n.kind() == NotificationKind.REMINDER)
                .map(NotificationView::slot).toList();
    }
}

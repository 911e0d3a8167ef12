package vn.congdoan.baocao.process.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleStage;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.notification.NotificationKind;
import vn.congdoan.baocao.notification.NotificationView;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.reminders.CycleTimers;
import vn.congdoan.baocao.report.ProgressView;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.support.H2TestDatabase;
import vn.congdoan.baocao.system.ForbiddenException;

/** The first start of the embedded default makes a cycle in mid-course, dated from that day, once. */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=demotest",
        "app.demo.enabled=true", "app.demo.live-cycle=true"})
class DemoCycleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    CycleService cycles;
    @Autowired
    ReportService reports;
    @Autowired
    Notifications notifications;
    @Autowired
    TaskService tasks;
    @Autowired
    DemoCycleInitializer initializer;
    @Autowired
    Clock clock;
    @Autowired
    CycleTimers timers;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry, "demo");
    }

    @Test
    void aCycleInMidCourseDatedFromToday() {
        List<CycleView> all = cycles.list();
        assertThat(all).hasSize(1);
        CycleView cycle = all.get(0);
        LocalDate today = firstStart(cycle);
        ProgressView progress = reports.progress(cycle.id());
        assertThat(progress.stage()).isEqualTo(CycleStage.REPORTING);
        assertThat(progress.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(ReportStatus.ACCEPTED, 2L,
                ReportStatus.RETURNED, 1L, ReportStatus.SUBMITTED, 1L, ReportStatus.DRAFT, 1L,
                ReportStatus.NOT_STARTED, 3L));
        assertThat(status(progress, DemoCycleInitializer.WAITING_FOR_REVIEW)).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(status(progress, DemoCycleInitializer.DRAFTING)).isEqualTo(ReportStatus.DRAFT);
        ProgressView.UnitProgress accepted = unit(progress, DemoCycleInitializer.ACCEPTED);
        assertThat(accepted.submittedAt().toLocalDate()).isEqualTo(today.minusDays(12));
        assertThat(accepted.onTime()).isTrue();
        assertThat(unit(progress, "cd-kcn").dueAt().toLocalDate()).isEqualTo(today.minusDays(3));

        assertThat(unit(progress, DemoCycleInitializer.RETURNED).returns()).isEqualTo(1);
        assertThat(unit(progress, DemoCycleInitializer.ACCEPTED).returns()).isZero();

        ReportView returned = reports.get(cycle.id(), DemoCycleInitializer.RETURNED,
                new AuthenticatedUser(ProvinceGroups.POLICY_DEPT, List.of(ProvinceGroups.POLICY_DEPT)));
        assertThat(returned.reviews()).anySatisfy(review ->
                assertThat(review.comment()).isEqualTo(DemoCycleInitializer.RETURN_COMMENT));
        assertThat(tasks.createTaskQuery().taskDefinitionKey(ProcessIds.TASK_REVIEW_REPORT)
                .taskCandidateGroup(ProvinceGroups.POLICY_DEPT).count()).isEqualTo(1);
    }

    @Test
    void theLateUnitsWereRemindedAndEscalatedWhenTheirSlotsCame() {
        CycleView cycleView = cycles.list().get(0);
        long cycle = cycleView.id();
        List<NotificationView> sent = notifications.list(cycle, null, ZONE);

        List<String> overdueReminded = sent.stream()
                .filter(n -> n.kind() == NotificationKind.REMINDER && "P2D".equals(n.slot()))
                .map(NotificationView::subjectKey).toList();
        assertThat(overdueReminded).containsExactlyInAnyOrder(DemoCycleInitializer.RETURNED,
                DemoCycleInitializer.DRAFTING, "cdn-nongnghiep", "cdn-gtvt", "cd-kcn");
        assertThat(sent).filteredOn(n -> n.kind() == NotificationKind.ESCALATION && "cd-kcn".equals(n.subjectKey()))
                .extracting(NotificationView::recipient)
                .containsExactlyInAnyOrder(ProvinceGroups.SUPERVISOR, ProvinceGroups.LEADERSHIP);
        NotificationView fiveDaysBefore = sent.stream()
                .filter(n -> n.kind() == NotificationKind.REMINDER && "-P5D".equals(n.slot())
                        && "cd-kcn".equals(n.subjectKey()))
                .findFirst().orElseThrow();
        assertThat(fiveDaysBefore.createdAt().toLocalDate()).isEqualTo(firstStart(cycleView).minusDays(7));
    }

    @Test
    void theTimersWaitingAreListedByUnitNameSoonestFirst() {
        CycleView cycle = cycles.list().get(0);
        LocalDate today = firstStart(cycle);

        List<CycleTimers.Timer> waiting = timers.of(cycle.id(),
                new AuthenticatedUser(ProvinceGroups.SUPERVISOR, List.of(ProvinceGroups.SUPERVISOR)));

        assertThat(waiting).extracting(CycleTimers.Timer::dueAt).isSorted();
        assertThat(waiting).filteredOn(t -> "cd-kcn".equals(t.unit())).singleElement().satisfies(next -> {
            assertThat(next.unitName()).isEqualTo("Công đoàn các Khu công nghiệp tỉnh Ninh Bình");
            assertThat(next.dueAt().toLocalDate()).as("the reminder four days overdue").isEqualTo(today.plusDays(1));
        });
        assertThat(waiting).filteredOn(t -> t.unit() == null).extracting(t -> t.dueAt().toLocalDate())
                .as("the cut-off").contains(today.plusDays(4));
        assertThat(waiting).filteredOn(t -> DemoCycleInitializer.ACCEPTED.equals(t.unit())).isEmpty();
        assertThatThrownBy(() -> timers.of(cycle.id(), new AuthenticatedUser("cd-kcn", List.of("cd-kcn"))))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void madeOnceAndTheClocksAreTheSystemsAgain() {
        initializer.run(null);

        assertThat(cycles.list()).hasSize(1);
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }

    /** The day of the first start: the plan is dated three weeks before it (the test may run past midnight). */
    private static LocalDate firstStart(CycleView cycle) {
        LocalDate day = cycle.planDate().plusDays(21);
        assertThat(day).isBetween(LocalDate.now(ZONE).minusDays(1), LocalDate.now(ZONE));
        return day;
    }

    private static ReportStatus status(ProgressView progress, String unit) {
        return unit(progress, unit).status();
    }

    private static ProgressView.UnitProgress unit(ProgressView progress, String code) {
        return progress.units().stream().filter(u -> u.unit().equals(code)).findFirst().orElseThrow();
    }
}

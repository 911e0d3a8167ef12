package vn.congdoan.baocao.process.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.process.plan.PlanActions;
import vn.congdoan.baocao.process.unitreport.UnitReportActions;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.system.ShiftableClock;
import vn.congdoan.baocao.system.StartupOrder;

/**
 * Live work at the first start (embedded default, empty database): a cycle of the sector unions in
 * mid-course, dated from that day. Its first three weeks are played as they would have happened, each
 * step through the same actions as the API, the clock stopped at the step's moment and the jobs that
 * fell due run in between (reminders, the escalation): plan issued, two reports accepted, one returned
 * with a comment, one waiting for review, one unit still drafting past the deadline, three that have not
 * begun, reminded and escalated.
 */
@Component
@Order(StartupOrder.DEMO_CYCLE)
@ConditionalOnProperty(name = {"app.demo.enabled", "app.demo.live-cycle"})
class DemoCycleInitializer implements ApplicationRunner {

    static final String ACCEPTED = "cdn-giaoduc";
    static final String RETURNED = "cdn-yte";
    static final String ACCEPTED_LATER = "cdn-congthuong";
    static final String WAITING_FOR_REVIEW = "cd-vienchuc";
    static final String DRAFTING = "cdn-xaydung";
    static final List<String> UNITS = List.of(ACCEPTED, RETURNED, ACCEPTED_LATER, WAITING_FOR_REVIEW, DRAFTING,
            "cdn-nongnghiep", "cdn-gtvt", "cd-kcn");
    static final String RETURN_COMMENT = "Đề nghị bổ sung kết quả năm 2025 ở mục II.3 và kiểm tra lại số liệu năm 2023.";

    private static final Logger log = LoggerFactory.getLogger(DemoCycleInitializer.class);
    private static final AuthenticatedUser POLICY_DEPT =
            new AuthenticatedUser(ProvinceGroups.POLICY_DEPT, List.of(ProvinceGroups.POLICY_DEPT));
    private static final AuthenticatedUser LEADERSHIP =
            new AuthenticatedUser(ProvinceGroups.LEADERSHIP, List.of(ProvinceGroups.LEADERSHIP));

    private final CycleService cycles;
    private final PlanActions plans;
    private final UnitReportActions unitReports;
    private final ReportService reports;
    private final ManagementService management;
    private final ProcessEngineConfigurationImpl engine;
    private final Clock clock;
    private final ZoneId zone;

    DemoCycleInitializer(CycleService cycles, PlanActions plans, UnitReportActions unitReports, ReportService reports,
                         ManagementService management, ProcessEngineConfigurationImpl engine, Clock clock,
                         AppProperties properties) {
        this.cycles = cycles;
        this.plans = plans;
        this.unitReports = unitReports;
        this.reports = reports;
        this.management = management;
        this.engine = engine;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(clock instanceof ShiftableClock stoppable) || !cycles.list().isEmpty()) {
            return;
        }
        JobExecutor executor = engine.getJobExecutor();
        boolean executing = executor != null && executor.isActive();
        if (executing) {
            executor.shutdown();
        }
        try {
            long cycle = play(stoppable, LocalDate.now(zone));
            log.info("Demo cycle {} made, in mid-course", cycle);
        } catch (RuntimeException e) {
            log.warn("The demo cycle could not be made: {}", e.getMessage(), e);
        } finally {
            stoppable.release();
            ClockUtil.reset();
            runDueJobs();
            if (executing) {
                executor.start();
            }
        }
    }

    private long play(ShiftableClock stoppable, LocalDate today) {
        at(stoppable, today.minusDays(21), 9);
        long cycle = plans.startCampaign(request(today), POLICY_DEPT);
        plans.submit(cycle, POLICY_DEPT);

        at(stoppable, today.minusDays(20), 10);
        plans.review(cycle, "ACCEPT", null, today.minusDays(20).toString(), LEADERSHIP);
        Map<String, CycleUnit> units = cycles.get(cycle).units().stream()
                .collect(Collectors.toMap(CycleUnit::code, Function.identity()));

        at(stoppable, today.minusDays(12), 14);
        submit(cycle, units.get(ACCEPTED), 3);
        submit(cycle, units.get(RETURNED), 2);
        at(stoppable, today.minusDays(11), 9);
        unitReports.review(cycle, ACCEPTED, "ACCEPT", null, POLICY_DEPT);
        unitReports.review(cycle, RETURNED, "RETURN", RETURN_COMMENT, POLICY_DEPT);

        at(stoppable, today.minusDays(7), 8);
        at(stoppable, today.minusDays(6), 15);
        submit(cycle, units.get(ACCEPTED_LATER), 4);
        submit(cycle, units.get(WAITING_FOR_REVIEW), 2);
        at(stoppable, today.minusDays(5), 9);
        unitReports.review(cycle, ACCEPTED_LATER, "ACCEPT", null, POLICY_DEPT);

        at(stoppable, today.minusDays(3), 8);
        at(stoppable, today.minusDays(2), 8);
        at(stoppable, today.minusDays(1), 16);
        CycleUnit drafting = units.get(DRAFTING);
        reports.saveDraft(cycle, DRAFTING, DemoReports.begun(3, drafting.name()), unitUser(drafting));
        return cycle;
    }

    private ObjectNode request(LocalDate today) {
        ObjectNode request = new ObjectMapper().createObjectNode();
        request.put("planNumber", "45/KH-LĐLĐ");
        request.put("planDate", today.minusDays(21).toString());
        request.put("title", "Sơ kết thực hiện Nghị quyết số 02/NQ-ĐCT ngày 17/11/2015 của Đoàn Chủ tịch Tổng Liên đoàn "
                + "về đẩy mạnh đối thoại tại doanh nghiệp, giai đoạn 2021-2025 (đợt báo cáo minh họa)");
        var periods = request.putArray("periods");
        DemoReports.PERIODS.forEach(year -> periods.addObject().put("code", year).put("label", "Năm " + year));
        var units = request.putArray("units");
        UNITS.forEach(units::add);
        ObjectNode deadlines = request.putObject("deadlines");
        deadlines.put("unitReview", today.minusDays(4).toString());
        deadlines.put("unitReport", today.minusDays(2).toString());
        deadlines.put("provinceReview", today.plusDays(12).toString());
        deadlines.put("submission", today.plusDays(16).toString());
        request.put("cutOff", today.plusDays(5).toString());
        return request;
    }

    private void submit(long cycle, CycleUnit unit, int size) {
        unitReports.submit(cycle, unit.code(), DemoReports.complete(size, unit.name()), unitUser(unit));
    }

    private static AuthenticatedUser unitUser(CycleUnit unit) {
        return new AuthenticatedUser(unit.code(), List.of(unit.groupId()));
    }

    /** Stops the clock at that hour of that day and runs what fell due by then, as the job executor would have. */
    private void at(ShiftableClock stoppable, LocalDate day, int hour) {
        Instant instant = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
        stoppable.stopAt(instant);
        ClockUtil.setCurrentTime(Date.from(instant));
        runDueJobs();
    }

    private void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    log.warn("Demo cycle: job {} failed: {}", job.getId(), e.getMessage());
                }
            }
        }
        log.warn("Demo cycle: jobs kept falling due");
    }
}

package vn.congdoan.baocao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.JobDurations;
import vn.congdoan.baocao.support.PostgresTestDatabase;

/**
 * How late reminder timers fire on an otherwise idle application, in real time, with the job executor
 * settings of application.yaml (or any given with -D, e.g. {@code -Dcamunda.bpm.job-execution.max-wait=60000}).
 * A few one-unit cycles are started whose reminder timers fall due one every {@code benchmark.spacing}
 * (default 20 s); once {@code benchmark.timers} (default 60) have fired, the lateness of each (the engine's
 * job log: when the job succeeded minus its due date) is summed up. Not part of the build; run it with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TimerLatenessBenchmark}
 * and read the lines starting with "BENCHMARK".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "app.demo.enabled=true", "app.demo.live-cycle=false",
                "logging.level.vn.congdoan.baocao.notification=WARN"})
@ActiveProfiles("postgres")
@Import(JobDurations.Configuration.class)
@DirtiesContext
class TimerLatenessBenchmark {

    private static final int TIMERS = Integer.getInteger("benchmark.timers", 60);
    private static final Duration SPACING = Duration.parse(System.getProperty("benchmark.spacing", "PT20S"));
    private static final List<String> UNITS = List.of("hoalu", "yenmo", "kimson");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    JobDurations jobDurations;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void remindersFireCloseToTheirDueTime() throws Exception {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        System.out.printf("BENCHMARK job executor: wait %d ms ×%.1f up to %d ms, backoff %d ms up to %d ms,"
                        + " lock %d ms, %d jobs per acquisition%n", executor.getWaitTimeInMillis(),
                executor.getWaitIncreaseFactor(), executor.getMaxWait(), executor.getBackoffTimeInMillis(),
                executor.getMaxBackoff(), executor.getLockTimeInMillis(), executor.getMaxJobsPerAcquisition());

        // every cycle's timers come due every (cycles × spacing), the cycles shifted by one spacing each
        Duration every = SPACING.multipliedBy(UNITS.size());
        Instant firstDue = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofSeconds(40));
        ApiClient api = new ApiClient(http);
        for (int i = 0; i < UNITS.size(); i++) {
            long cycle = start(api, UNITS.get(i), firstDue.plus(SPACING.multipliedBy(i)), every);
            api.post("/api/cycles/" + cycle + "/plan/submit", "cspl", null);
            api.post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        }

        Instant deadline = Instant.now().plus(SPACING.multipliedBy(TIMERS + 10)).plus(Duration.ofMinutes(2));
        while (reminderTimersRun().size() < TIMERS && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        List<HistoricJobLog> fired = reminderTimersRun();
        assertThat(fired).as("reminder timers fired").hasSizeGreaterThanOrEqualTo(TIMERS);
        List<Long> lateness = new ArrayList<>();
        for (HistoricJobLog log : fired.subList(0, TIMERS)) {
            lateness.add(log.getTimestamp().getTime() - log.getJobDueDate().getTime());
        }
        lateness.sort(Long::compare);
        System.out.printf("BENCHMARK reminder timers fired late by (ms): median %d, p95 %d, max %d, min %d"
                        + " (%d timers, one due every %d s)%n", percentile(lateness, 50), percentile(lateness, 95),
                lateness.get(lateness.size() - 1), lateness.get(0), lateness.size(), SPACING.toSeconds());
        jobDurations.summary().forEach(line -> System.out.println("BENCHMARK job " + line));
    }

    private long start(ApiClient api, String unit, Instant due, Duration every) throws Exception {
        ObjectNode request = CycleRequests.withUnits(List.of(unit));
        String dueText = OffsetDateTime.ofInstant(due, ZONE).toString();
        String later = OffsetDateTime.ofInstant(due.plus(Duration.ofDays(1)), ZONE).toString();
        ObjectNode deadlines = request.putObject("deadlines");
        deadlines.put("unitReview", dueText);
        deadlines.put("unitReport", dueText);
        deadlines.put("provinceReview", OffsetDateTime.ofInstant(due.plus(Duration.ofDays(2)), ZONE).toString());
        deadlines.put("submission", OffsetDateTime.ofInstant(due.plus(Duration.ofDays(3)), ZONE).toString());
        request.put("cutOff", later);
        ObjectNode reminders = request.putObject("reminders");
        // a day before: already past when the reminders begin, so only the deadline and the overdue slots come
        reminders.putArray("before").add("P1D");
        reminders.put("overdueEvery", every.toString());
        String created = api.post("/api/cycles", "cspl", request).getBody();
        long id = json.readTree(created).path("id").asLong();
        assertThat(id).as(created).isPositive();
        return id;
    }

    private List<HistoricJobLog> reminderTimersRun() {
        return history.createHistoricJobLogQuery().successLog().activityIdIn(ProcessIds.TIMER_REMINDER)
                .orderByTimestamp().asc().list();
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}

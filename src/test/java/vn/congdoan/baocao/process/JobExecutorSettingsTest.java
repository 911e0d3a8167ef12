package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.BackoffJobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SyncTaskExecutor;

import vn.congdoan.baocao.support.DatabaseIndexes;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/**
 * The job executor as application.yaml sets it up (the tests run jobs themselves, so it is built here the way
 * the starter builds it from the same properties): an idle node looks for due timers every 2 s at most, a dead
 * node's jobs wait a minute, due timers go first in due-date order, with the index for that order.
 */
class JobExecutorSettingsTest extends EmbeddedAppTest {

    @Autowired
    CamundaBpmProperties properties;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    private JobExecutor configuredJobExecutor() {
        return DefaultJobConfiguration.JobConfiguration.jobExecutor(new SyncTaskExecutor(), properties);
    }

    @Test
    void anIdleNodeLooksForDueTimersAtLeastEveryTwoSeconds() {
        JobExecutor executor = configuredJobExecutor();
        assertThat(executor.getWaitTimeInMillis()).isEqualTo(1_000);
        assertThat(executor.getMaxWait()).isEqualTo(2_000);

        // the engine's own acquisition strategy, after a long idle stretch: how long it sleeps between looks
        BackoffJobAcquisitionStrategy strategy = new BackoffJobAcquisitionStrategy(executor);
        List<Long> waits = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            JobAcquisitionContext nothingFound = new JobAcquisitionContext();
            nothingFound.submitAcquiredJobs(engine.getName(), new AcquiredJobs(executor.getMaxJobsPerAcquisition()));
            strategy.reconfigure(nothingFound);
            waits.add(strategy.getWaitTime());
        }
        assertThat(waits).startsWith(1_000L, 2_000L).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(2_000L));
    }

    @Test
    void aDeadNodesJobsAreTakenOverAfterAMinuteLongerThanAMailServerMayHoldOne() {
        assertThat(configuredJobExecutor().getLockTimeInMillis()).isEqualTo(60_000);

        Map<String, String> mail = Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        assertThat(mail).containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "10000")
                .containsEntry("mail.smtp.writetimeout", "10000");
    }

    @Test
    void dueTimersAreAcquiredFirstInDueDateOrderWithTheIndexForThatOrder() throws Exception {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isJobExecutorPreferTimerJobs()).isTrue();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(configuration.isJobExecutorAcquireByPriority()).isFalse();

        assertThat(DatabaseIndexes.columns(dataSource, "ACT_RU_JOB", "APP_IDX_JOB_TYPE_DUEDATE"))
                .containsExactly("TYPE_", "DUEDATE_");
    }
}

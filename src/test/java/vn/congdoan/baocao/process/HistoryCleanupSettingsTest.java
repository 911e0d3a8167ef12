package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.baocao.support.EmbeddedAppTest;

/** The engine's history is kept 20 years after a cycle ends and removed at night (docs/operations.md). */
class HistoryCleanupSettingsTest extends EmbeddedAppTest {

    private static final int TWENTY_YEARS_IN_DAYS = 7300;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;

    @Test
    void everyModelKeepsItsHistoryTwentyYearsAndTheCleanupRunsAtNight() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
        for (String key : new String[] {ProcessIds.PROCESS_CAMPAIGN, ProcessIds.PROCESS_UNIT_REPORT, ProcessIds.PROCESS_DEADLINE_REMINDERS}) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                    .singleResult();
            assertThat(latest.getHistoryTimeToLive()).as(key).isEqualTo(TWENTY_YEARS_IN_DAYS);
        }
    }
}

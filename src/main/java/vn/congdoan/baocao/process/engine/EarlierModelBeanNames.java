package vn.congdoan.baocao.process.engine;

import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners' names as the models of earlier releases wrote them. Instances of those models keep
 * running after an upgrade, on the definition they started with, and resolve
 * {@code camunda:delegateExpression="${fillReportListener}"} and the like at each step: without these
 * names a running report would fail at its next task. Drop a name only when no instance of a model that
 * uses it can still be running.
 */
@Configuration(proxyBeanMethods = false)
class EarlierModelBeanNames {

    /** The earlier name, and the bean it stands for now. */
    static final Map<String, String> EARLIER_NAMES = Map.ofEntries(
            Map.entry("createCycleListener", "campaignStartedListener"),
            Map.entry("cycleStageListener", "campaignStepStartedListener"),
            Map.entry("planTaskListener", "planTaskCreatedListener"),
            Map.entry("planReviewListener", "planReviewTaskCompletedListener"),
            Map.entry("lateUnitsTaskListener", "lateUnitsTaskCreatedListener"),
            Map.entry("lateUnitsDecisionListener", "lateUnitsTaskCompletedListener"),
            Map.entry("provinceReportTaskListener", "provinceReportTaskCreatedListener"),
            Map.entry("provinceReportListener", "provinceReportTaskCompletedListener"),
            Map.entry("provinceReviewListener", "provinceReviewTaskCompletedListener"),
            Map.entry("submissionTaskListener", "submissionTaskCreatedListener"),
            Map.entry("submissionListener", "submissionTaskCompletedListener"),
            Map.entry("reminderStartListener", "remindersStartedListener"),
            Map.entry("unitReportStartListener", "unitReportStartedListener"),
            Map.entry("fillReportTaskListener", "unitReportTaskCreatedListener"),
            Map.entry("fillReportListener", "unitReportTaskCompletedListener"),
            Map.entry("reviewReportTaskListener", "reviewReportTaskCreatedListener"),
            Map.entry("reportReviewListener", "reviewReportTaskCompletedListener"));

    /** Static: it runs before the beans are made, as a factory post-processor must. */
    @Bean
    static BeanFactoryPostProcessor earlierModelBeanAliases() {
        return beanFactory -> EARLIER_NAMES.forEach((earlier, current) -> beanFactory.registerAlias(current, earlier));
    }
}

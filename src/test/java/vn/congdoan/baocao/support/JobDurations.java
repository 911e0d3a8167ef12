package vn.congdoan.baocao.support;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For benchmarks: times every job the engine runs, from the start of its command to the end of its transaction
 * (after-commit work included), by kind of job (activity and handler), so that the job executor's lock time can
 * be set above the longest. Import {@link Configuration} and print {@link #summary()}.
 */
public final class JobDurations extends AbstractProcessEnginePlugin {

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        JobDurations jobDurations() {
            return new JobDurations();
        }
    }

    private record Sample(String kind, long millis) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (!(command instanceof ExecuteJobsCmd job)) {
                    return next.execute(command);
                }
                long started = System.nanoTime();
                try {
                    return next.execute(command);
                } finally {
                    samples.add(new Sample(kindOf(job), (System.nanoTime() - started) / 1_000_000));
                }
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** Forgets the jobs timed so far (e.g. those of a warm-up). */
    public void reset() {
        samples.clear();
    }

    /** One line per kind of job: count, median, p95 and longest, in milliseconds; the longest kinds first. */
    public List<String> summary() {
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (Sample sample : samples) {
            byKind.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample.millis());
        }
        List<Map.Entry<String, List<Long>>> kinds = new ArrayList<>(byKind.entrySet());
        kinds.forEach(e -> e.getValue().sort(Long::compare));
        kinds.sort((a, b) -> Long.compare(b.getValue().get(b.getValue().size() - 1),
                a.getValue().get(a.getValue().size() - 1)));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Long>> kind : kinds) {
            List<Long> ms = kind.getValue();
            lines.add(String.format("%s: %d jobs, median %d ms, p95 %d ms, longest %d ms", kind.getKey(), ms.size(),
                    percentile(ms, 50), percentile(ms, 95), ms.get(ms.size() - 1)));
        }
        return lines;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String kindOf(ExecuteJobsCmd command) {
        try {
            Field collector = ExecuteJobsCmd.class.getDeclaredField("jobFailureCollector");
            collector.setAccessible(true);
            JobEntity job = ((JobFailureCollector) collector.get(command)).getJob();
            return job == null ? "(job gone)" : job.getActivityId() + " " + job.getJobHandlerType();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.congdoan.baocao.campaign;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.management.OperatingSystemMXBean;

import vn.congdoan.baocao.process.ProcessIds;

/**
 * One campaign of a shape through the benchmark's steps, measured: distribution, the units' submissions, the
 * province's acceptances and the join after them; then what the engine holds per unit. A call that fails is
 * counted as an error and made again, up to {@value #ATTEMPTS} times, as a client would.
 */
final class CampaignRun {

    static final int ATTEMPTS = 3;
    /** Successful job runs in the job log. */
    private static final int JOB_SUCCEEDED = 2;
    private static final int JOB_FAILED = 1;

    private final CampaignShape shape;
    private final List<String> units;
    private final ExecutorService callers;
    private final Map<Row, Double> results = new EnumMap<>(Row.class);
    private final List<String> details = new ArrayList<>();

    private CampaignRun(CampaignShape shape, List<String> units, ExecutorService callers) {
        this.shape = shape;
        this.units = units;
        this.callers = callers;
    }

    /** Runs a campaign of these units; the results by row, the details to print beside them. */
    static CampaignRun of(CampaignShape shape, List<String> units, ExecutorService callers) {
        CampaignRun run = new CampaignRun(shape, units, callers);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        List<Double> load = Collections.synchronizedList(new ArrayList<>());
        sampler.scheduleAtFixedRate(() -> load.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                0, 5, TimeUnit.SECONDS);
        try (EngineRows rows = new EngineRows(shape.schema())) {
            run.measure(rows);
        } finally {
            sampler.shutdownNow();
        }
        // the machine may be shared: what else ran beside the benchmark shows in the load
        synchronized (load) {
            run.details.add(String.format("system load average (1 min) during the run: mean %.1f, highest %.1f, on %d"
                            + " processors", load.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    load.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    Runtime.getRuntime().availableProcessors()));
        }
        return run;
    }

    Map<Row, Double> results() {
        return results;
    }

    List<String> details() {
        return details;
    }

    private void measure(EngineRows rows) {
        int count = units.size();
        CampaignShape.Campaign campaign = shape.start(units);
        String root = campaign.processInstanceId();

        Mark distribution = new Mark();
        shape.approvePlan(campaign);
        await(() -> rows.tasks(root, ProcessIds.TASK_FILL_REPORT) == count);
        results.put(Row.DISTRIBUTION, distribution.seconds());
        results.put(Row.DISTRIBUTION_CPU, distribution.cpuMillis() / count);
        results.put(Row.DISTRIBUTION_SQL, (double) distribution.statements() / count);

        Map<String, Long> variables = rows.variablesOfTasks(root, ProcessIds.TASK_FILL_REPORT);
        results.put(Row.TASK_VARIABLES, perUnit(variables.values().stream().mapToLong(Long::longValue).sum()));
        results.put(Row.CAMPAIGN_VARIABLES, perUnit(rows.variables(root)));
        results.put(Row.JOBS_WAITING, perUnit(rows.jobs(root)));
        details.add("variables of a unit task and its instance: " + perUnitByName(variables));

        Mark submissions = new Mark();
        Calls submitted = calls(unit -> shape.submit(campaign, unit));
        results.put(Row.SUBMITS, submissions.seconds());
        results.put(Row.SUBMIT_P50, submitted.percentileMillis(50));
        results.put(Row.SUBMIT_P95, submitted.percentileMillis(95));
        results.put(Row.SUBMIT_ERRORS, (double) submitted.errorCount());
        results.put(Row.SUBMIT_CPU, submissions.cpuMillis() / count);
        results.put(Row.SUBMIT_SQL, (double) submissions.statements() / count);
        details.add("submit errors: " + submitted.errors());
        await(() -> rows.tasks(root, ProcessIds.TASK_REVIEW_REPORT) == count);

        Mark acceptances = new Mark();
        Calls accepted = calls(unit -> shape.accept(campaign, unit));
        results.put(Row.ACCEPTS, acceptances.seconds());
        results.put(Row.ACCEPT_P50, accepted.percentileMillis(50));
        results.put(Row.ACCEPT_P95, accepted.percentileMillis(95));
        results.put(Row.ACCEPT_ERRORS, (double) accepted.errorCount());
        details.add("acceptance errors: " + accepted.errors());
        Mark afterLastAcceptance = new Mark();
        await(() -> rows.tasksOfRoot(root, ProcessIds.TASK_DRAFT_PROVINCE_REPORT) == 1);
        results.put(Row.JOIN_AFTER_LAST, afterLastAcceptance.seconds());
        results.put(Row.ACCEPTS_UNTIL_JOIN, acceptances.seconds());
        results.put(Row.ACCEPT_CPU, acceptances.cpuMillis() / count);
        results.put(Row.ACCEPT_SQL, (double) acceptances.statements() / count);

        results.put(Row.JOB_RUNS, perUnit(rows.jobRuns(root, JOB_SUCCEEDED)));
        results.put(Row.JOB_FAILURES, (double) rows.jobRuns(root, JOB_FAILED));
        Map<String, Long> history = rows.historyRows(root);
        results.put(Row.HISTORY, perUnit(history.values().stream().mapToLong(Long::longValue).sum()));
        details.add("history rows per unit: " + perUnitByName(history));
        results.put(Row.INCIDENTS, (double) rows.incidents());
    }

    private double perUnit(long rows) {
        return (double) rows / units.size();
    }

    private String perUnitByName(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + String.format("%.2f", perUnit(e.getValue())))
                .collect(Collectors.joining(", "));
    }

    /** Every unit's call by the pool of callers, each made again after an error. */
    private Calls calls(Function<String, BenchmarkHttp.Answer> call) {
        Calls calls = new Calls();
        List<Callable<Boolean>> work = units.stream().map(unit -> (Callable<Boolean>) () -> {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                long started = System.nanoTime();
                BenchmarkHttp.Answer answer = call.apply(unit);
                calls.took(System.nanoTime() - started);
                if (answer.ok()) {
                    return true;
                }
                calls.failed(answer.error());
            }
            return false;
        }).toList();
        List<String> failed = new ArrayList<>();
        try {
            List<Future<Boolean>> done = callers.invokeAll(work);
            for (int i = 0; i < done.size(); i++) {
                if (!done.get(i).get()) {
                    failed.add(units.get(i));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!failed.isEmpty()) {
            throw new AssertionError(shape.name() + ": " + failed.size() + " units failed " + ATTEMPTS
                    + " times, e.g. " + failed.get(0) + "; errors " + calls.errors());
        }
        return calls;
    }

    /** Polls what the job executor does in the background; the benchmark measures real time by design. */
    private static void await(BooleanSupplier done) {
        try {
            for (int i = 0; i < 36_000 && !done.getAsBoolean(); i++) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!done.getAsBoolean()) {
            throw new AssertionError("not finished within an hour");
        }
    }

    /** The rows of the results table, in the order they are printed, with the format of their values. */
    enum Row {
        DISTRIBUTION("distribution: plan approved until every unit task exists (s)", "%.1f"),
        DISTRIBUTION_CPU("distribution: CPU per unit (ms)", "%.1f"),
        DISTRIBUTION_SQL("distribution: SQL statements per unit", "%.1f"),
        SUBMITS("submits: all calls (s)", "%.1f"),
        SUBMIT_P50("submits: per call, p50 (ms)", "%.1f"),
        SUBMIT_P95("submits: per call, p95 (ms)", "%.1f"),
        SUBMIT_ERRORS("submits: errors reaching the caller", "%.0f"),
        SUBMIT_CPU("submits: CPU per submit (ms)", "%.1f"),
        SUBMIT_SQL("submits: SQL statements per submit", "%.1f"),
        ACCEPTS("acceptances: all calls (s)", "%.1f"),
        ACCEPT_P50("acceptances: per call, p50 (ms)", "%.1f"),
        ACCEPT_P95("acceptances: per call, p95 (ms)", "%.1f"),
        ACCEPT_ERRORS("acceptances: errors reaching the caller", "%.0f"),
        JOIN_AFTER_LAST("join: last acceptance answered until join passed, aggregate made (s)", "%.1f"),
        ACCEPTS_UNTIL_JOIN("acceptances: first call until join passed (s)", "%.1f"),
        ACCEPT_CPU("acceptances until join: CPU per unit (ms)", "%.1f"),
        ACCEPT_SQL("acceptances until join: SQL statements per unit", "%.1f"),
        TASK_VARIABLES("variables per unit task after distribution (task + its instance)", "%.2f"),
        CAMPAIGN_VARIABLES("runtime variables per unit after distribution (all instances)", "%.2f"),
        JOBS_WAITING("jobs waiting per unit after distribution", "%.2f"),
        JOB_RUNS("jobs run per unit, start to join", "%.2f"),
        JOB_FAILURES("job runs failed and retried, start to join", "%.0f"),
        HISTORY("history rows per unit at the end (ACT_HI_*)", "%.2f"),
        INCIDENTS("incidents", "%.0f");

        final String label;
        final String format;

        Row(String label, String format) {
            this.label = label;
            this.format = format;
        }
    }

    /** Where a step started: real time, the JVM's CPU time and the shape's statement count. */
    private final class Mark {
        private final long nanos = System.nanoTime();
        private final long cpu = cpuNanos();
        private final long statements = shape.statements();

        double seconds() {
            return (System.nanoTime() - nanos) / 1e9;
        }

        double cpuMillis() {
            return (cpuNanos() - cpu) / 1e6;
        }

        long statements() {
            return shape.statements() - statements;
        }
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** How long each call took and what went wrong, from every caller. */
    private static final class Calls {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

        void took(long callNanos) {
            nanos.add(callNanos);
        }

        void failed(String error) {
            errors.computeIfAbsent(error, e -> new AtomicInteger()).incrementAndGet();
        }

        int errorCount() {
            return errors.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        Map<String, Integer> errors() {
            Map<String, Integer> sorted = new TreeMap<>();
            errors.forEach((error, count) -> sorted.put(error, count.get()));
            return sorted;
        }

        double percentileMillis(int percent) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            Collections.sort(sorted);
            return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)) / 1e6;
        }
    }
}

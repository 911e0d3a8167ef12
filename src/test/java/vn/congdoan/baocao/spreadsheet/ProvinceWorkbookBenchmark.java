package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How long the province workbook of a cycle with 1,000 accepted units takes to build (1,003 sheets), and
 * how much heap it takes. Not part of the build (a benchmark, not a test); run it with
 * {@code ./mvnw test -Dtest=ProvinceWorkbookBenchmark -DskipITs} and read the lines starting with "BENCHMARK".
 * {@code -Dbenchmark.units} and {@code -Dbenchmark.runs} change the size and the number of timed runs.
 */
class ProvinceWorkbookBenchmark {

    private static final int UNITS = Integer.getInteger("benchmark.units", 1000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);

    @Test
    void provinceWorkbook() {
        ProvinceTables province = ProvinceTables.of(UNITS, 5, 5);
        // a first build warms the JIT up; it is printed, not counted
        report("first build (cold JVM)", measure(province));
        List<Measure> runs = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            Measure run = measure(province);
            report("build " + (r + 1) + " of " + RUNS, run);
            runs.add(run);
        }
        List<Double> seconds = new ArrayList<>(runs.stream().map(Measure::seconds).toList());
        Collections.sort(seconds);
        System.out.printf("BENCHMARK province workbook, %d units (%d sheets): median %.2f s, best %.2f s, "
                        + "peak heap at most %d MB, file %.1f MB%n", UNITS, UNITS + 3, seconds.get(seconds.size() / 2),
                seconds.get(0), runs.stream().mapToLong(Measure::peakHeapBytes).max().orElseThrow() >> 20,
                runs.get(0).fileBytes() / 1e6);
    }

    private static Measure measure(ProvinceTables province) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        byte[] file = province.file();
        double seconds = (System.nanoTime() - started) / 1e9;
        // the pools peak at different moments: their sum bounds the peak from above
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat(file).isNotEmpty();
        return new Measure(seconds, peak, file.length);
    }

    private static void report(String what, Measure measure) {
        System.out.printf("BENCHMARK province workbook, %s: %d units in %.2f s, peak heap at most %d MB%n", what,
                UNITS, measure.seconds(), measure.peakHeapBytes() >> 20);
    }

    private record Measure(double seconds, long peakHeapBytes, int fileBytes) {
    }
}

package vn.congdoan.baocao.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.TotalRule;

/**
 * The province table: the accepted unit tables summed per indicator and period; a copied row follows
 * its source; totals by each row's rule, never summed across units; missing units listed, never counted.
 */
@Service
public class Aggregation {

    private final AggregateResultRepository results;
    private final ReportRepository reports;
    private final ReportService reportService;
    private final CycleService cycles;
    private final Clock clock;

    Aggregation(AggregateResultRepository results, ReportRepository reports, ReportService reportService,
                CycleService cycles, Clock clock) {
        this.results = results;
        this.reports = reports;
        this.reportService = reportService;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Computes and stores the province table once collection has ended; computing again replaces it. */
    @Transactional
    public AggregateView compute(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        Sums sums = sum(cycle);
        results.findById(cycleId).ifPresent(existing -> {
            results.delete(existing);
            results.flush();
        });
        Set<AggregateValue> values = new HashSet<>();
        sums.values.forEach((indicator, periods) -> periods.forEach((period, amount) -> {
            if (amount != null) {
                values.add(new AggregateValue(indicator, period, amount));
            }
        }));
        results.save(new AggregateResult(cycleId, sums.accepted, sums.missing, values, clock.instant()));
        return view(cycle, sums, true, clock.instant());
    }

    /** The stored table; while collection runs, a provisional one over the reports accepted so far. */
    @Transactional(readOnly = true)
    public AggregateView get(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        return get(cycleId);
    }

    @Transactional(readOnly = true)
    public AggregateView get(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        return results.findById(cycleId).map(stored -> view(cycle, fromStored(cycle, stored), true, stored.computedAt()))
                .orElseGet(() -> view(cycle, sum(cycle), false, null));
    }

    private Sums sum(CycleView cycle) {
        Map<String, ReportContent> accepted = reportService.acceptedContents(cycle.id());
        List<Indicator> indicators = reportService.form(cycle.id()).indicators();
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            String source = indicator.copyOf() == null ? indicator.code() : indicator.copyOf();
            Map<String, Long> periods = new LinkedHashMap<>();
            for (Period period : cycle.periods()) {
                Long sum = null;
                for (ReportContent content : accepted.values()) {
                    Long value = content.value(source, period.code());
                    if (value == null) {
                        throw new IllegalStateException("Accepted report without " + source + "/" + period.code());
                    }
                    sum = sum == null ? value : sum + value;
                }
                periods.put(period.code(), sum);
            }
            values.put(indicator.code(), periods);
        }
        List<String> missing = new ArrayList<>();
        reports.findByCycleIdOrderById(cycle.id()).stream().filter(r -> r.status() == ReportStatus.MISSING)
                .forEach(r -> missing.add(r.unitCode()));
        return new Sums(values, List.copyOf(accepted.keySet()), missing);
    }

    private static Sums fromStored(CycleView cycle, AggregateResult stored) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        stored.values().forEach(v -> values.computeIfAbsent(v.indicator(), k -> new HashMap<>()).put(v.period(), v.amount()));
        return new Sums(values, stored.acceptedUnits(), stored.missingUnits());
    }

    private AggregateView view(CycleView cycle, Sums sums, boolean stored, Instant computedAt) {
        List<AggregateView.Row> rows = new ArrayList<>();
        ReportForm form = reportService.form(cycle.id());
        for (Indicator indicator : form.indicators()) {
            Map<String, Long> periods = new LinkedHashMap<>();
            Map<String, Long> found = sums.values.getOrDefault(indicator.code(), Map.of());
            cycle.periods().forEach(p -> periods.put(p.code(), found.get(p.code())));
            rows.add(new AggregateView.Row(indicator.code(), indicator.group(), indicator.label(), indicator.unit(),
                    indicator.total(), periods, total(indicator.total(), periods)));
        }
        Set<String> covered = new HashSet<>(sums.accepted);
        covered.addAll(sums.missing);
        return new AggregateView(cycle.id(), stored,
                cycle.at(computedAt), cycle.periods(), rows,
                refs(cycle, sums.accepted), refs(cycle, sums.missing),
                refs(cycle, cycle.units().stream().map(CycleUnit::code).filter(c -> !covered.contains(c)).toList()),
                TableRules.check(form, sums.values));
    }

    /** SUM over the periods, or the LAST period's value; unknown when a value it needs is unknown. */
    public static Long total(TotalRule rule, Map<String, Long> periods) {
        List<Long> values = new ArrayList<>(periods.values());
        if (values.isEmpty() || values.contains(null)) {
            return null;
        }
        return rule == TotalRule.LAST ? values.get(values.size() - 1) : values.stream().mapToLong(Long::longValue).sum();
    }

    private static List<AggregateView.UnitRef> refs(CycleView cycle, List<String> codes) {
        Map<String, String> names = new HashMap<>();
        cycle.units().forEach(u -> names.put(u.code(), u.name()));
        return codes.stream().map(c -> new AggregateView.UnitRef(c, names.get(c))).toList();
    }

    private record Sums(Map<String, Map<String, Long>> values, List<String> accepted, List<String> missing) {
    }
}

package vn.congdoan.baocao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleUnit;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.TemplateCatalog;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * Finds a unit's figures of the earlier cycle: the most recent cycle planned on an earlier day (two cycles of
 * the same plan date are not one before the other) in which the unit, or a unit it succeeded through the
 * reorganisations, had a report, and whose template shares indicator codes with this cycle's. Every unit of
 * that lineage with a report there stands for its own territory at the time, so their accepted figures are
 * summed: A and B merged into C after that cycle, C into D, gives D the sum of A's, B's and C's reports there.
 * A report not accepted is named and left out, never counted as zero.
 */
@Service
public class EarlierCycleFigures {

    private final ReportRepository reports;
    private final CycleService cycles;
    private final TemplateCatalog templates;
    private final UnitDirectory units;

    EarlierCycleFigures(ReportRepository reports, CycleService cycles, TemplateCatalog templates, UnitDirectory units) {
        this.reports = reports;
        this.cycles = cycles;
        this.templates = templates;
        this.units = units;
    }

    /** The earlier cycle's figures for the unit's report in this cycle; empty when there is no such cycle. */
    @Transactional(readOnly = true)
    public Optional<EarlierFigures> of(CycleView cycle, String unitCode) {
        Set<String> lineage = new LinkedHashSet<>();
        lineage.add(unitCode);
        lineage.addAll(units.predecessors(unitCode));
        Map<Long, List<Report>> byCycle = reports.findByUnitCodes(lineage).stream()
                .filter(r -> r.cycleId() != cycle.id())
                .collect(Collectors.groupingBy(Report::cycleId));
        Set<String> codes = indicatorCodes(cycle);
        return byCycle.keySet().stream().map(cycles::get)
                .filter(earlier -> earlier.planDate().isBefore(cycle.planDate()))
                .filter(earlier -> indicatorCodes(earlier).stream().anyMatch(codes::contains))
                .max(Comparator.comparing(CycleView::planDate).thenComparingLong(CycleView::id))
                .map(earlier -> figures(earlier, byCycle.get(earlier.id()), unitCode, codes));
    }

    private EarlierFigures figures(CycleView earlier, List<Report> lineageReports, String unitCode, Set<String> codes) {
        Map<String, Report> byUnit = new HashMap<>();
        lineageReports.forEach(r -> byUnit.put(r.unitCode(), r));
        List<EarlierFigures.EarlierUnit> sources = new ArrayList<>();
        List<ReportContent> counted = new ArrayList<>();
        for (CycleUnit unit : earlier.units()) {
            Report report = byUnit.get(unit.code());
            if (report != null) {
                boolean accepted = report.status() == ReportStatus.ACCEPTED;
                sources.add(new EarlierFigures.EarlierUnit(unit.code(), unit.name(), report.status(),
                        !unit.code().equals(unitCode), accepted));
                if (accepted) {
                    counted.add(report.content());
                }
            }
        }
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        for (String code : indicatorCodes(earlier)) {
            if (codes.contains(code)) {
                Map<String, Long> row = new LinkedHashMap<>();
                earlier.periods().forEach(p -> row.put(p.code(), sum(counted, code, p.code())));
                values.put(code, row);
            }
        }
        Period last = earlier.periods().get(earlier.periods().size() - 1);
        return new EarlierFigures(earlier.id(), earlier.title(), earlier.planNumber(), earlier.planDate(), last,
                earlier.periods(), sources, values, caption(earlier.id(), earlier.title(), earlier.planNumber(),
                earlier.planDate(), sources));
    }

    /** The sum over the counted units; null when there is none or one of them has no figure there. */
    private static Long sum(List<ReportContent> counted, String indicator, String period) {
        if (counted.isEmpty()) {
            return null;
        }
        long sum = 0;
        for (ReportContent content : counted) {
            Long value = content.value(indicator, period);
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }

    private Set<String> indicatorCodes(CycleView cycle) {
        return templates.get(cycle.template(), cycle.templateVersion()).indicators().stream().map(Indicator::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Where the figures come from: whose they are, summed or not, and which units are left out and why. */
    static String caption(long cycle, String title, String planNumber, LocalDate planDate,
                          List<EarlierFigures.EarlierUnit> sources) {
        String where = "đợt báo cáo số " + cycle + " «" + title + "» (Kế hoạch số " + planNumber + " ngày "
                + DeadlineCalculator.DAY.format(planDate) + ")";
        List<EarlierFigures.EarlierUnit> counted = sources.stream().filter(EarlierFigures.EarlierUnit::counted).toList();
        List<EarlierFigures.EarlierUnit> left = sources.stream().filter(u -> !u.counted()).toList();
        String leftOut = left.stream().map(u -> "«" + u.name() + "» (" + reason(u.status()) + ")")
                .collect(Collectors.joining(", "));
        if (counted.isEmpty()) {
            return "Trong " + where + " không có báo cáo được chấp nhận của " + leftOut
                    + ", nên không có số liệu kỳ trước.";
        }
        String whose;
        if (counted.size() == 1) {
            whose = counted.get(0).predecessor() ? "Số liệu đã được chấp nhận của đơn vị tiền thân «"
                    + counted.get(0).name() + "»" : "Số liệu đã được chấp nhận của đơn vị";
        } else {
            boolean self = counted.stream().anyMatch(u -> !u.predecessor());
            List<String> predecessors = counted.stream().filter(EarlierFigures.EarlierUnit::predecessor)
                    .map(u -> "«" + u.name() + "»").toList();
            whose = "Tổng số liệu đã được chấp nhận của " + (self ? "đơn vị và " : "") + predecessors.size()
                    + " đơn vị tiền thân: " + String.join(", ", predecessors);
        }
        return whose + " trong " + where + (left.isEmpty() ? "." : "; chưa tính " + leftOut
                + ", nên " + (counted.size() == 1 ? "số liệu" : "tổng") + " này chưa đủ.");
    }

    private static String reason(ReportStatus status) {
        return status == ReportStatus.MISSING ? "không nộp báo cáo, đợt đã khóa sổ" : "báo cáo chưa được chấp nhận";
    }
}

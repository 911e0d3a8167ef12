package vn.congdoan.baocao.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.IndicatorGroup;

/**
 * A line of the indicator table as Appendix 02 prints it: a group heading (indicator null) or an
 * indicator. The spreadsheet and the documents write the table from these lines.
 */
public record TableRow(IndicatorGroup group, Indicator indicator) {

    public boolean isGroup() {
        return indicator == null;
    }

    /** The table's lines in order: each group heading (with its parents) before its first indicator. */
    public static List<TableRow> of(ReportForm form) {
        Map<String, IndicatorGroup> groups = new HashMap<>();
        form.template().groups().forEach(g -> groups.put(g.number(), g));
        Set<String> written = new HashSet<>();
        List<TableRow> rows = new ArrayList<>();
        for (Indicator indicator : form.indicators()) {
            List<IndicatorGroup> path = new ArrayList<>();
            for (IndicatorGroup g = groups.get(indicator.group()); g != null; g = g.parent() == null ? null : groups.get(g.parent())) {
                path.add(0, g);
            }
            path.stream().filter(g -> written.add(g.number())).forEach(g -> rows.add(new TableRow(g, null)));
            rows.add(new TableRow(null, indicator));
        }
        return rows;
    }
}

package vn.congdoan.baocao.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.TableRow;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.IndicatorGroup;

/**
 * Where things sit on a table sheet, a function of the template version, the cycle's periods and whether
 * the unit's earlier figures are shown: a file is read back with the layout it was written with (its
 * template version is checked first, and it says whether it has the earlier figures' column).
 * Rows and columns are 0-based as POI counts them.
 */
final class TableLayout {

    static final int TITLE_ROWS = 4;
    static final int HEADER_ROW = TITLE_ROWS + 1;
    static final int FIRST_LINE_ROW = HEADER_ROW + 2;
    static final int STT_COLUMN = 0;
    static final int LABEL_COLUMN = 1;
    static final int UNIT_COLUMN = 2;
    static final int FIRST_PERIOD_COLUMN = 3;

    /** A row of the table: a group heading (indicator null) or an indicator. */
    record Line(int row, IndicatorGroup group, Indicator indicator) {
    }

    private final ReportForm form;
    private final boolean earlierColumn;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Integer> indicatorRows = new LinkedHashMap<>();

    TableLayout(ReportForm form) {
        this(form, false);
    }

    /** @param earlierColumn whether the earlier cycle's figures stand before the periods (a unit's file says so) */
    TableLayout(ReportForm form, boolean earlierColumn) {
        this.form = form;
        this.earlierColumn = earlierColumn;
        int row = FIRST_LINE_ROW;
        for (TableRow line : TableRow.of(form)) {
            if (!line.isGroup()) {
                indicatorRows.put(line.indicator().code(), row);
            }
            lines.add(new Line(row++, line.group(), line.indicator()));
        }
    }

    ReportForm form() {
        return form;
    }

    List<Line> lines() {
        return lines;
    }

    int periods() {
        return form.periods().size();
    }

    int rowOf(String indicator) {
        return indicatorRows.get(indicator);
    }

    boolean hasEarlierColumn() {
        return earlierColumn;
    }

    /** The earlier cycle's figures, read-only, right before the periods; only when {@link #hasEarlierColumn()}. */
    int earlierColumn() {
        return FIRST_PERIOD_COLUMN;
    }

    int periodColumn(int period) {
        return FIRST_PERIOD_COLUMN + (earlierColumn ? 1 : 0) + period;
    }

    int totalColumn() {
        return periodColumn(periods());
    }

    int ruleColumn() {
        return totalColumn() + 1;
    }

    int lastRow() {
        return lines.get(lines.size() - 1).row();
    }

    /** "E12", as Excel names a cell. */
    static String address(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }
}

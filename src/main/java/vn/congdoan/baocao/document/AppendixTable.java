package vn.congdoan.baocao.document;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.TableRow;
import vn.congdoan.baocao.template.Indicator;

/** Appendix 02's table in a document: TT, Nội dung chỉ tiêu, Đơn vị tính, a column per period, Tổng số. */
final class AppendixTable {

    private static final int NUMBER_WIDTH = 700;
    private static final int LABEL_WIDTH = 5200;
    private static final int UNIT_WIDTH = 1000;
    private static final int TOTAL_WIDTH = 1300;
    /** Past this many periods the table is set in 10 pt, and the label column gives up width down to its least. */
    private static final int PERIODS_AT_FULL_SIZE = 5;
    /** A period's header («Quý III/2024») on one line per word in 12 pt bold, with the cell's margins. */
    private static final int MIN_PERIOD_WIDTH = 1150;
    private static final int MIN_LABEL_WIDTH = 2800;

    private AppendixTable() {
    }

    /** A unit's table: its values, and totals by each row's rule. */
    static void ofUnit(OfficialDocument document, ReportForm form, Map<String, Map<String, Long>> values) {
        Map<String, Long> totals = new HashMap<>();
        for (Indicator indicator : form.indicators()) {
            Map<String, Long> cells = values.getOrDefault(indicator.code(), Map.of());
            Map<String, Long> ordered = new LinkedHashMap<>();
            form.periods().forEach(p -> ordered.put(p.code(), cells.get(p.code())));
            totals.put(indicator.code(), Aggregation.total(indicator.total(), ordered));
        }
        write(document, form, values, totals);
    }

    /** The table with the values and totals given; a blank stays blank (the plan's table is all blank). */
    static void write(OfficialDocument document, ReportForm form, Map<String, Map<String, Long>> values,
                      Map<String, Long> totals) {
        List<TableRow> rows = TableRow.of(form);
        List<Period> periods = form.periods();
        int[] widths = new int[periods.size() + 4];
        widths[0] = NUMBER_WIDTH;
        int fixed = NUMBER_WIDTH + UNIT_WIDTH + TOTAL_WIDTH;
        int labelWidth = Math.max(MIN_LABEL_WIDTH, Math.min(LABEL_WIDTH,
                OfficialDocument.LANDSCAPE_TEXT_WIDTH - fixed - periods.size() * MIN_PERIOD_WIDTH));
        int size = periods.size() > PERIODS_AT_FULL_SIZE ? 10 : 12;
        widths[1] = labelWidth;
        widths[2] = UNIT_WIDTH;
        int periodWidth = (OfficialDocument.LANDSCAPE_TEXT_WIDTH - fixed - labelWidth) / periods.size();
        for (int p = 0; p < periods.size(); p++) {
            widths[3 + p] = periodWidth;
        }
        widths[3 + periods.size()] = TOTAL_WIDTH;
        XWPFTable table = document.table(rows.size() + 1, widths);
        cell(table, size, 0, 0, "TT", true, ParagraphAlignment.CENTER);
        cell(table, size, 0, 1, "Nội dung chỉ tiêu", true, ParagraphAlignment.CENTER);
        cell(table, size, 0, 2, "Đơn vị tính", true, ParagraphAlignment.CENTER);
        for (int p = 0; p < periods.size(); p++) {
            cell(table, size, 0, 3 + p, periods.get(p).label(), true, ParagraphAlignment.CENTER);
        }
        cell(table, size, 0, 3 + periods.size(), "Tổng số", true, ParagraphAlignment.CENTER);
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            int line = r + 1;
            if (row.isGroup()) {
                cell(table, size, line, 0, row.group().number(), true, ParagraphAlignment.CENTER);
                cell(table, size, line, 1, row.group().title(), true, ParagraphAlignment.LEFT);
                cell(table, size, line, 2, row.group().unit() == null ? "" : row.group().unit(), true, ParagraphAlignment.CENTER);
                continue;
            }
            cell(table, size, line, 1, row.indicator().label(), false, ParagraphAlignment.LEFT);
            cell(table, size, line, 2, row.indicator().unit(), false, ParagraphAlignment.CENTER);
            Map<String, Long> cells = values.getOrDefault(row.indicator().code(), Map.of());
            for (int p = 0; p < periods.size(); p++) {
                cell(table, size, line, 3 + p, DocumentNumbers.format(cells.get(periods.get(p).code())), false,
                        ParagraphAlignment.RIGHT);
            }
            cell(table, size, line, 3 + periods.size(), DocumentNumbers.format(totals.get(row.indicator().code())), true,
                    ParagraphAlignment.RIGHT);
        }
    }

    private static void cell(XWPFTable table, int size, int row, int column, String text, boolean bold,
                             ParagraphAlignment alignment) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        OfficialDocument.run(paragraph, text, size, bold, false);
    }
}

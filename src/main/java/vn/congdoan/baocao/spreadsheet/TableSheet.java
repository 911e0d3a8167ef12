package vn.congdoan.baocao.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.EarlierFigures;
import vn.congdoan.baocao.report.WholeNumbers;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.TotalRule;

/**
 * One sheet in the layout of Appendix 02: title lines, a two-row header, group rows in bold,
 * indicator rows with one column per period, Tổng số as a formula by the row's rule, and the rule
 * in words. A copied row (I18) is a formula on its source. Only the value cells of an editable
 * sheet can be changed: the sheet is protected without a password.
 * <p>
 * Rows are written once, top to bottom, and never read back, so that the sheet may be a streamed one
 * (SXSSF) whose rows leave memory as they are written; the formulas' cached results are computed here,
 * not by evaluating the workbook.
 */
final class TableSheet {

    static final String SUM_RULE = "Cộng các kỳ";
    static final String LAST_RULE = "Số liệu kỳ cuối";

    private static final int LABEL_CHARACTERS = 62;
    private static final int RULE_CHARACTERS = 18;
    private static final float LINE_POINTS = 15.5f;
    /** Characters of the italic 11 pt note a line holds across the whole table. */
    private static final int NOTE_CHARACTERS = 150;

    private TableSheet() {
    }

    /**
     * @param titles  the lines above the table (appendix, plan, table title, whose figures)
     * @param values  by indicator code, then period code; null is a blank cell
     */
    static void write(Sheet sheet, TableStyles styles, TableLayout layout, List<String> titles,
                      Map<String, Map<String, Long>> values, boolean editable) {
        write(sheet, styles, layout, titles, values, editable, null);
    }

    /**
     * @param earlier the unit's figures of the earlier cycle, written read-only in the layout's earlier column
     *                with a line saying where they come from; null when the layout has no such column
     */
    static void write(Sheet sheet, TableStyles styles, TableLayout layout, List<String> titles,
                      Map<String, Map<String, Long>> values, boolean editable, EarlierFigures earlier) {
        int lastColumn = layout.ruleColumn();
        // appendix, plan and table title centred across the table; whose figures on the left
        List<CellStyle> titleStyles = List.of(styles.title, styles.subtitle, styles.title);
        for (int t = 0; t < titles.size(); t++) {
            Row row = sheet.createRow(t);
            cell(row, 0, titles.get(t), t < titleStyles.size() ? titleStyles.get(t) : styles.plain);
            if (t < titleStyles.size()) {
                sheet.addMergedRegion(new CellRangeAddress(t, t, 0, lastColumn));
            }
        }
        if (layout.hasEarlierColumn()) {
            writeEarlierNote(sheet, styles, layout, earlier);
        }
        writeHeader(sheet, styles, layout, earlier);
        for (TableLayout.Line line : layout.lines()) {
            Row row = sheet.createRow(line.row());
            if (line.indicator() == null) {
                cell(row, TableLayout.STT_COLUMN, line.group().number(), styles.groupCentered);
                cell(row, TableLayout.LABEL_COLUMN, line.group().title(), styles.groupText);
                cell(row, TableLayout.UNIT_COLUMN, line.group().unit() == null ? "" : line.group().unit(), styles.groupCentered);
                for (int c = TableLayout.FIRST_PERIOD_COLUMN; c <= lastColumn; c++) {
                    cell(row, c, "", styles.groupCentered);
                }
            } else {
                writeIndicator(row, styles, layout, line.indicator(), values, editable);
                if (layout.hasEarlierColumn()) {
                    Cell cell = row.createCell(layout.earlierColumn());
                    Long value = earlier.latest(line.indicator().code());
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                    cell.setCellStyle(styles.earlierNumber);
                }
            }
        }
        if (editable) {
            validateValues(sheet, layout);
        }
        sheet.setColumnWidth(TableLayout.STT_COLUMN, 6 * 256);
        sheet.setColumnWidth(TableLayout.LABEL_COLUMN, 58 * 256);
        sheet.setColumnWidth(TableLayout.UNIT_COLUMN, 9 * 256);
        for (int p = 0; p < layout.periods(); p++) {
            sheet.setColumnWidth(layout.periodColumn(p), 12 * 256);
        }
        if (layout.hasEarlierColumn()) {
            sheet.setColumnWidth(layout.earlierColumn(), 12 * 256);
        }
        sheet.setColumnWidth(layout.totalColumn(), 13 * 256);
        sheet.setColumnWidth(layout.ruleColumn(), 18 * 256);
        printOnA4(sheet, true);
        XSSFSheet settings = settings(sheet);
        settings.enableLocking();
        settings.lockFormatColumns(false);
        settings.lockFormatRows(false);
    }

    /**
     * Where a sheet keeps what lies outside its rows (protection among them): itself, or for a streamed sheet
     * the sheet of the workbook it streams into.
     */
    static XSSFSheet settings(Sheet sheet) {
        if (sheet instanceof SXSSFSheet streamed) {
            SXSSFWorkbook workbook = streamed.getWorkbook();
            return workbook.getXSSFWorkbook().getSheetAt(workbook.getSheetIndex(streamed));
        }
        return (XSSFSheet) sheet;
    }

    /** Under the titles, the line that says whose the earlier figures are and that they are not read back. */
    private static void writeEarlierNote(Sheet sheet, TableStyles styles, TableLayout layout, EarlierFigures earlier) {
        Row row = sheet.createRow(TableLayout.TITLE_ROWS);
        String note = "Cột «Kỳ trước» (" + earlier.period().label() + "): " + earlier.caption()
                + " Chỉ để đối chiếu: không sửa được, và khi tải bảng lên không được đọc.";
        cell(row, 0, note, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(TableLayout.TITLE_ROWS, TableLayout.TITLE_ROWS, 0, layout.ruleColumn()));
        fitLines(row, lines(note, NOTE_CHARACTERS));
    }

    private static void writeHeader(Sheet sheet, TableStyles styles, TableLayout layout, EarlierFigures earlier) {
        Row top = sheet.createRow(TableLayout.HEADER_ROW);
        Row bottom = sheet.createRow(TableLayout.HEADER_ROW + 1);
        String[][] fixed = {{"TT", "Nội dung chỉ tiêu", "Đơn vị tính"}};
        for (int c = 0; c < fixed[0].length; c++) {
            spanTwoRows(sheet, top, bottom, c, fixed[0][c], styles.header);
        }
        if (layout.hasEarlierColumn()) {
            cell(top, layout.earlierColumn(), "Kỳ trước", styles.header);
            cell(bottom, layout.earlierColumn(), earlier.period().label(), styles.header);
        }
        int first = layout.periodColumn(0);
        int last = layout.periodColumn(layout.periods() - 1);
        for (int c = first; c <= last; c++) {
            cell(top, c, c == first ? "Số liệu theo kỳ" : "", styles.header);
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(TableLayout.HEADER_ROW, TableLayout.HEADER_ROW, first, last));
        }
        List<Period> periods = layout.form().periods();
        for (int p = 0; p < periods.size(); p++) {
            cell(bottom, layout.periodColumn(p), periods.get(p).label(), styles.header);
        }
        spanTwoRows(sheet, top, bottom, layout.totalColumn(), "Tổng số", styles.header);
        spanTwoRows(sheet, top, bottom, layout.ruleColumn(), "Cách tính Tổng số", styles.header);
        top.setHeightInPoints(20);
        bottom.setHeightInPoints(34);
        sheet.setRepeatingRows(new CellRangeAddress(TableLayout.HEADER_ROW, TableLayout.HEADER_ROW + 1, -1, -1));
        sheet.createFreezePane(TableLayout.FIRST_PERIOD_COLUMN, TableLayout.FIRST_LINE_ROW);
    }

    private static void spanTwoRows(Sheet sheet, Row top, Row bottom, int column, String text, CellStyle style) {
        cell(top, column, text, style);
        cell(bottom, column, "", style);
        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), column, column));
    }

    private static void writeIndicator(Row row, TableStyles styles, TableLayout layout, Indicator indicator,
                                       Map<String, Map<String, Long>> values, boolean editable) {
        cell(row, TableLayout.STT_COLUMN, "", styles.centered);
        cell(row, TableLayout.LABEL_COLUMN, indicator.label(), styles.text);
        cell(row, TableLayout.UNIT_COLUMN, indicator.unit(), styles.centered);
        // what each period's cell shows: the value, or for a copied row its source's
        Map<String, Long> shown = new LinkedHashMap<>();
        Map<String, Long> given = values.getOrDefault(indicator.copyOf() == null ? indicator.code() : indicator.copyOf(),
                Map.of());
        List<Period> periods = layout.form().periods();
        for (int p = 0; p < periods.size(); p++) {
            Cell cell = row.createCell(layout.periodColumn(p));
            Long value = given.get(periods.get(p).code());
            shown.put(periods.get(p).code(), value);
            if (indicator.copyOf() != null) {
                String source = TableLayout.address(layout.rowOf(indicator.copyOf()), layout.periodColumn(p));
                cell.setCellFormula("IF(" + source + "=\"\",\"\"," + source + ")");
                cached(cell, value);
                cell.setCellStyle(styles.number);
            } else {
                if (value != null) {
                    cell.setCellValue(value);
                }
                cell.setCellStyle(editable ? styles.editableNumber : styles.number);
            }
        }
        String range = TableLayout.address(row.getRowNum(), layout.periodColumn(0)) + ":"
                + TableLayout.address(row.getRowNum(), layout.periodColumn(periods.size() - 1));
        String lastCell = TableLayout.address(row.getRowNum(), layout.periodColumn(periods.size() - 1));
        // a total only once every period is known: a blank is not 0
        Cell total = row.createCell(layout.totalColumn());
        total.setCellFormula("IF(COUNT(" + range + ")=" + periods.size() + ","
                + (indicator.total() == TotalRule.LAST ? lastCell : "SUM(" + range + ")") + ",\"\")");
        cached(total, Aggregation.total(indicator.total(), shown));
        total.setCellStyle(styles.totalNumber);
        String rule = indicator.total() == TotalRule.LAST ? LAST_RULE : SUM_RULE;
        if (indicator.copyOf() != null) {
            rule += " (= dòng " + (layout.rowOf(indicator.copyOf()) + 1) + ")";
        }
        cell(row, layout.ruleColumn(), rule, styles.centered);
        // wrapped text does not grow a row by itself in every spreadsheet program
        fitLines(row, Math.max(lines(indicator.label(), LABEL_CHARACTERS), lines(rule, RULE_CHARACTERS)));
    }

    /**
     * The result a formula cell shows until it is recalculated (a viewer that does not calculate shows only
     * this): the number, or an empty text for a blank.
     */
    private static void cached(Cell formula, Long result) {
        if (result == null) {
            formula.setCellValue("");
        } else {
            formula.setCellValue(result);
        }
    }

    /** A row as tall as the lines its wrapped text takes. */
    static void fitLines(Row row, int lines) {
        row.setHeightInPoints(Math.max(lines, 1) * LINE_POINTS + 2);
    }

    private static void validateValues(Sheet sheet, TableLayout layout) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint wholeNumber = helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "0", String.valueOf(WholeNumbers.MAX));
        CellRangeAddressList cells = new CellRangeAddressList();
        for (TableLayout.Line line : layout.lines()) {
            if (line.indicator() != null && line.indicator().copyOf() == null) {
                cells.addCellRangeAddress(line.row(), layout.periodColumn(0), line.row(),
                        layout.periodColumn(layout.periods() - 1));
            }
        }
        DataValidation validation = helper.createValidation(wholeNumber, cells);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox("Số liệu không hợp lệ", "Chỉ nhập số nguyên từ 0 đến 999 999 999; để trống nếu chưa có số liệu.");
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    /** A4, one page wide, in black and white. */
    static void printOnA4(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setNoColor(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.6);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
    }

    static int lines(String text, int perLine) {
        return (text.length() + perLine - 1) / perLine;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}

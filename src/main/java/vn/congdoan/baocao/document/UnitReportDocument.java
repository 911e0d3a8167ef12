package vn.congdoan.baocao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.report.TableRow;
import vn.congdoan.baocao.template.OutlineSection;

/**
 * A unit's report as it is printed and signed: the unit under the province in the header, the
 * outline's sections in order with the unit's texts, the closing, and the indicator table as a
 * landscape appendix with the values and totals as stored. What the data does not hold (the
 * document's number, the place, the signer's name) is left blank to be written in by hand.
 */
final class UnitReportDocument {

    static final String BLANK = "…………";

    private UnitReportDocument() {
    }

    static byte[] write(CycleView cycle, ReportForm form, ReportView report) {
        try (OfficialDocument document = new OfficialDocument()) {
            LocalDate signed = report.submittedAt() == null ? null : report.submittedAt().toLocalDate();
            document.heading(new OfficialDocument.Heading(cycle.issuer(), report.unitName(),
                    "Số:          /BC", BLANK + ", " + DocumentDates.longDate(signed)));
            document.title("Báo cáo", cycle.title());
            for (OutlineSection section : form.template().outline()) {
                document.sectionHeading(section.heading());
                String text = report.sections().get(section.code());
                if (text != null) {
                    document.body(text);
                }
            }
            document.closing(List.of(cycle.issuer() + ";", "Lưu: VT."),
                    new OfficialDocument.Signature("TM. Ban Thường vụ", "Chủ tịch", null));
            document.startLandscape();
            document.centredLine("PHỤ LỤC", 14, true, false);
            document.centredLine(form.template().tableTitle(), 14, true, false);
            document.centredLine("(Kèm theo Báo cáo của " + report.unitName() + ")", 13, false, true);
            table(document, form, report.values());
            return document.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appendix 02's table: TT, Nội dung chỉ tiêu, Đơn vị tính, a column per period, Tổng số. */
    static void table(OfficialDocument document, ReportForm form, Map<String, Map<String, Long>> values) {
        List<TableRow> rows = TableRow.of(form);
        List<Period> periods = form.periods();
        int fixed = 700 + 5200 + 1000 + 1300;
        int[] widths = new int[periods.size() + 4];
        widths[0] = 700;
        widths[1] = 5200;
        widths[2] = 1000;
        for (int p = 0; p < periods.size(); p++) {
            widths[3 + p] = (OfficialDocument.LANDSCAPE_TEXT_WIDTH - fixed) / periods.size();
        }
        widths[3 + periods.size()] = 1300;
        XWPFTable table = document.table(rows.size() + 1, widths);
        cell(table, 0, 0, "TT", true, ParagraphAlignment.CENTER);
        cell(table, 0, 1, "Nội dung chỉ tiêu", true, ParagraphAlignment.CENTER);
        cell(table, 0, 2, "Đơn vị tính", true, ParagraphAlignment.CENTER);
        for (int p = 0; p < periods.size(); p++) {
            cell(table, 0, 3 + p, periods.get(p).label(), true, ParagraphAlignment.CENTER);
        }
        cell(table, 0, 3 + periods.size(), "Tổng số", true, ParagraphAlignment.CENTER);
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            int line = r + 1;
            if (row.isGroup()) {
                cell(table, line, 0, row.group().number(), true, ParagraphAlignment.CENTER);
                cell(table, line, 1, row.group().title(), true, ParagraphAlignment.LEFT);
                cell(table, line, 2, row.group().unit() == null ? "" : row.group().unit(), true, ParagraphAlignment.CENTER);
                continue;
            }
            cell(table, line, 1, row.indicator().label(), false, ParagraphAlignment.LEFT);
            cell(table, line, 2, row.indicator().unit(), false, ParagraphAlignment.CENTER);
            Map<String, Long> cells = values.getOrDefault(row.indicator().code(), Map.of());
            Map<String, Long> ordered = new LinkedHashMap<>();
            for (int p = 0; p < periods.size(); p++) {
                Long value = cells.get(periods.get(p).code());
                ordered.put(periods.get(p).code(), value);
                cell(table, line, 3 + p, DocumentNumbers.format(value), false, ParagraphAlignment.RIGHT);
            }
            cell(table, line, 3 + periods.size(), DocumentNumbers.format(Aggregation.total(row.indicator().total(), ordered)),
                    true, ParagraphAlignment.RIGHT);
        }
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        OfficialDocument.run(paragraph, text, 12, bold, false);
    }
}

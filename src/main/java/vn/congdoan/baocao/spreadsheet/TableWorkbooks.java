package vn.congdoan.baocao.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.EarlierFigures;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.template.TemplateCatalog;

/**
 * The indicator table as Excel files: a unit's table to fill offline and upload again, and the
 * province's workbook (consolidated sheet, one sheet per accepted unit, the units without a report).
 * The province's workbook is streamed (SXSSF): with a thousand units it has a thousand sheets, and each
 * sheet's rows leave memory for a temporary file once the sheet is written.
 */
@Service
public class TableWorkbooks {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int SHEET_NAME_LENGTH = 31;
    private static final Pattern NOT_IN_SHEET_NAME = Pattern.compile("[\\p{Cntrl}\\[\\]:*?/\\\\]");
    /** Words and how union documents shorten them, the longer first. */
    private static final List<Abbreviation> ABBREVIATIONS = List.of(new Abbreviation("Liên đoàn Lao động", "LĐLĐ"),
            new Abbreviation("Công đoàn ngành", "CĐN"), new Abbreviation("Công đoàn", "CĐ"));
    /** Characters of Times New Roman 12 a line holds in the name and status columns of the missing units. */
    private static final int NAME_CHARACTERS = 45;
    private static final int STATUS_CHARACTERS = 34;

    private final ReportService reports;
    private final Aggregation aggregation;
    private final CycleService cycles;
    private final TemplateCatalog templates;

    TableWorkbooks(ReportService reports, Aggregation aggregation, CycleService cycles, TemplateCatalog templates) {
        this.reports = reports;
        this.aggregation = aggregation;
        this.cycles = cycles;
        this.templates = templates;
    }

    /** The unit's table, pre-filled with what it has saved; readable by the unit and the province. */
    public byte[] unitTable(long cycleId, String unitCode, AuthenticatedUser user) {
        ReportView report = reports.get(cycleId, unitCode, user);
        CycleView cycle = cycles.get(cycleId);
        ReportForm form = reports.form(cycleId);
        return unitFile(cycle, form, caption(cycle), unitCode, report.unitName(), report.values(),
                report.status().editable(), report.earlier());
    }

    /** The blank table of a template version on its default periods, before any cycle uses it. */
    public byte[] blankTable(String templateCode, int version) {
        CycleView preview = cycles.preview(templateCode, version);
        return unitFile(preview, new ReportForm(templates.get(templateCode, version), preview.periods()), caption(preview),
                "don-vi-mau", "Đơn vị mẫu", Map.of(), true);
    }

    /** A workbook of one unit's table; its value cells are open to typing when {@code editable}. */
    static byte[] unitFile(CycleView cycle, ReportForm form, String caption, String unitCode, String unitName,
                           Map<String, Map<String, Long>> values, boolean editable) {
        return unitFile(cycle, form, caption, unitCode, unitName, values, editable, null);
    }

    /** As above, with the unit's figures of the earlier cycle before the periods when {@code earlier} is not null. */
    static byte[] unitFile(CycleView cycle, ReportForm form, String caption, String unitCode, String unitName,
                           Map<String, Map<String, Long>> values, boolean editable, EarlierFigures earlier) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TableStyles styles = new TableStyles(workbook);
            String sheetName = sheetName(unitName, new HashSet<>());
            TableSheet.write(workbook.createSheet(sheetName), styles, new TableLayout(form, earlier != null),
                    titles(form, caption, "Đơn vị báo cáo: " + unitName), values, editable, earlier);
            new TableFileInfo(cycle.id(), cycle.template(), cycle.templateVersion(), Map.of(unitCode, sheetName),
                    earlier != null).writeTo(workbook);
            return bytes(workbook, form.template().tableTitle() + " — " + unitName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the values of an uploaded table as the unit's draft, keeping its texts; refused whole,
     * with every bad cell named, when anything is wrong, and then nothing changes.
     */
    public ReportView upload(long cycleId, String unitCode, byte[] file, AuthenticatedUser user) {
        reports.requireEditor(cycleId, unitCode, user);
        ReportView report = reports.get(cycleId, unitCode, user);
        CycleView cycle = cycles.get(cycleId);
        Map<String, Map<String, Object>> values = TableUpload.read(file, reports.form(cycleId), new TableUpload.Expected(
                cycleId, cycle.template(), cycle.templateVersion(), unitCode, report.unitName()));
        return reports.saveValues(cycleId, unitCode, values, user);
    }

    /** The province's workbook: the consolidated table, each accepted unit's, and the units without a report. */
    public byte[] aggregate(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        return aggregate(cycleId);
    }

    /** The province's workbook as it is sent with the provincial report. */
    public byte[] aggregate(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        return provinceFile(cycle, reports.form(cycleId), caption(cycle), aggregation.get(cycleId),
                reports.acceptedContents(cycleId));
    }

    /**
     * The province's workbook of a cycle: the consolidated table of {@code aggregate}, a sheet for each of its
     * accepted units whose content is in {@code accepted} (by unit code), and the units without a report.
     */
    static byte[] provinceFile(CycleView cycle, ReportForm form, String caption, AggregateView aggregate,
                               Map<String, ReportContent> accepted) {
        long cycleId = cycle.id();
        TableLayout layout = new TableLayout(form);
        // texts stay in their cells: adding a thousand sheets' texts to a table of shared strings took most of the
        // time; closing deletes the temporary files
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, false)) {
            TableStyles styles = new TableStyles(workbook);
            Set<String> names = new HashSet<>();
            Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
            aggregate.rows().forEach(row -> sums.put(row.indicator(), row.values()));
            String coverage = "Tổng hợp toàn tỉnh: " + aggregate.acceptedUnits().size() + " đơn vị có báo cáo được chấp nhận"
                    + (aggregate.missingUnits().isEmpty() ? "" : ", " + aggregate.missingUnits().size() + " đơn vị không có báo cáo")
                    + (aggregate.stored() ? "" : " (số liệu tạm tính, đang thu nhận báo cáo)");
            SXSSFSheet province = workbook.createSheet(sheetName("Tổng hợp toàn tỉnh", names));
            TableSheet.write(province, styles, layout, titles(form, caption, coverage), sums, false);
            written(province);
            Map<String, String> unitSheets = new LinkedHashMap<>();
            for (AggregateView.UnitRef unit : aggregate.acceptedUnits()) {
                ReportContent content = accepted.get(unit.unit());
                if (content == null) {
                    continue;
                }
                String name = sheetName(unit.name(), names);
                SXSSFSheet sheet = workbook.createSheet(name);
                TableSheet.write(sheet, styles, layout, titles(form, caption, "Đơn vị báo cáo: " + unit.name()),
                        content.values(), false);
                written(sheet);
                unitSheets.put(unit.unit(), name);
            }
            writeUnitsWithoutReport(workbook.createSheet(sheetName("Đơn vị chưa có báo cáo", names)), styles, aggregate);
            new TableFileInfo(cycleId, cycle.template(), cycle.templateVersion(), unitSheets).writeTo(workbook);
            return bytes(workbook, form.template().tableTitle() + " — tổng hợp toàn tỉnh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a written sheet's rows to its temporary file but the last, from which POI tells the sheet's extent
     * (its dimension) when the workbook is written.
     */
    private static void written(SXSSFSheet sheet) throws IOException {
        sheet.flushRows(1);
    }

    static void writeUnitsWithoutReport(Sheet sheet, TableStyles styles, AggregateView aggregate) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("Các đơn vị không có trong số liệu tổng hợp");
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        Row header = sheet.createRow(2);
        String[] headings = {"TT", "Mã đơn vị", "Tên đơn vị", "Tình trạng"};
        for (int c = 0; c < headings.length; c++) {
            header.createCell(c).setCellValue(headings[c]);
            header.getCell(c).setCellStyle(styles.header);
        }
        List<String[]> lines = new ArrayList<>();
        aggregate.missingUnits().forEach(u -> lines.add(new String[] {u.unit(), u.name(), "Không nộp báo cáo (khóa sổ)"}));
        aggregate.pendingUnits().forEach(u -> lines.add(new String[] {u.unit(), u.name(), "Chưa có báo cáo được chấp nhận"}));
        int r = 3;
        for (String[] line : lines) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 2);
            row.getCell(0).setCellStyle(styles.centered);
            for (int c = 0; c < line.length; c++) {
                row.createCell(c + 1).setCellValue(line[c]);
                row.getCell(c + 1).setCellStyle(styles.text);
            }
            // a long name wraps, and a row does not grow by itself in every spreadsheet program
            TableSheet.fitLines(row, Math.max(TableSheet.lines(line[1], NAME_CHARACTERS),
                    TableSheet.lines(line[2], STATUS_CHARACTERS)));
            r++;
        }
        if (lines.isEmpty()) {
            sheet.createRow(3).createCell(0).setCellValue("Mọi đơn vị đều có báo cáo được chấp nhận.");
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 45 * 256);
        sheet.setColumnWidth(3, 34 * 256);
        TableSheet.printOnA4(sheet, false);
        TableSheet.settings(sheet).enableLocking();
    }

    private String caption(CycleView cycle) {
        return Documents.planTableCaption(cycle, templates.documents(cycle.template(), cycle.templateVersion()).plan());
    }

    private static List<String> titles(ReportForm form, String caption, String whose) {
        return List.of("Phụ lục số 02", caption == null ? "" : caption, form.template().tableTitle(), whose);
    }

    /**
     * Excel's rules for sheet names (31 characters, none of []:*?/\), unique within the workbook. A name
     * that does not fit takes the federation's usual abbreviations, then loses whole words from its end.
     */
    static String sheetName(String wanted, Set<String> taken) {
        String safe = NOT_IN_SHEET_NAME.matcher(wanted).replaceAll(" ").replaceAll("\\s+", " ").strip();
        String name = fit(safe.isEmpty() ? "Đơn vị" : safe, "");
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = fit(safe.isEmpty() ? "Đơn vị" : safe, " (" + n + ")");
        }
        return name;
    }

    private static String fit(String name, String suffix) {
        int room = SHEET_NAME_LENGTH - suffix.length();
        String fitted = name;
        for (Abbreviation abbreviation : ABBREVIATIONS) {
            if (fitted.length() > room) {
                fitted = abbreviation.words().matcher(fitted).replaceAll(abbreviation.shortened());
            }
        }
        if (fitted.length() > room) {
            int space = fitted.lastIndexOf(' ', room);
            fitted = space > 0 ? fitted.substring(0, space) : fitted.substring(0, room);
        }
        // Excel refuses a name that starts or ends with an apostrophe
        return fitted.replaceAll("^'+|'+$", "").strip() + suffix;
    }

    private record Abbreviation(Pattern words, String shortened) {

        Abbreviation(String words, String shortened) {
            this(Pattern.compile(Pattern.quote(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), shortened);
        }
    }

    private static byte[] bytes(Workbook workbook, String title) throws IOException {
        // a streamed workbook keeps its title and the protection of its structure in the workbook it writes into
        XSSFWorkbook settings = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook() : (XSSFWorkbook) workbook;
        settings.getProperties().getCoreProperties().setTitle(title);
        // the formulas carry their results (TableSheet), and a spreadsheet program recalculates them on opening
        workbook.setForceFormulaRecalculation(true);
        settings.lockStructure();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}

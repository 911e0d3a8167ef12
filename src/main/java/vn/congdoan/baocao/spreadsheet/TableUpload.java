package vn.congdoan.baocao.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.report.WholeNumbers;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.TooLargeException;
import vn.congdoan.baocao.system.UploadedWorkbooks;
import vn.congdoan.baocao.system.UserFacingException;
import vn.congdoan.baocao.template.Indicator;

/**
 * Reads a unit's table back from a file written by {@link TableWorkbooks}: checks that it is an
 * .xlsx of this cycle, unit and template version, then every value cell, naming each bad cell by
 * its address. Copied rows and totals are formulas of the file and are not read, nor are the earlier
 * cycle's figures: what the unit typed in the periods is all an upload changes.
 */
final class TableUpload {

    private static final Logger LOG = LoggerFactory.getLogger(TableUpload.class);

    static final String EMPTY = "Tệp tải lên rỗng (0 byte): chưa có bảng số liệu nào được gửi. Hãy chọn tệp .xlsx "
            + "đã điền rồi tải lên lại; bản nháp đã lưu không thay đổi.";
    static final String UNPACKS_TOO_LARGE = "Tệp Excel giải nén ra quá lớn (hơn 20 MB, trong khi một bảng số liệu chỉ "
            + "khoảng vài chục KB): tệp có dữ liệu thừa hoặc đã bị làm hỏng. Hãy tải bảng số liệu về, điền lại rồi tải "
            + "lên; bản nháp đã lưu không thay đổi.";

    private static final String CORRUPT =
            "Không đọc được tệp Excel: tệp bị hỏng hoặc không trọn vẹn. Hãy lưu lại tệp rồi tải lên lần nữa.";

    private static final UploadedWorkbooks.Texts TEXTS = new UploadedWorkbooks.Texts(CORRUPT,
            "Tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu mở tệp "
                    + "(File › Info › Protect Workbook) rồi tải lên lại.",
            "Tệp là bảng tính Excel đời cũ (.xls). Hãy dùng bảng số liệu tải về (.xlsx), "
                    + "hoặc lưu tệp dưới dạng .xlsx rồi tải lên.",
            "Tệp không phải bảng tính Excel (.xlsx). Hãy tải lên bảng số liệu đã tải về từ hệ thống.",
            UNPACKS_TOO_LARGE);

    /** Whose table the upload must be. */
    record Expected(long cycle, String template, int templateVersion, String unitCode, String unitName) {
    }

    private TableUpload() {
    }

    /** The values of the unit's sheet, by indicator and period code (null = blank); refused with every bad cell. */
    static Map<String, Map<String, Object>> read(byte[] bytes, ReportForm form, Expected expected) {
        if (bytes.length == 0) {
            throw refused(EMPTY);
        }
        try (XSSFWorkbook workbook = open(bytes)) {
            XSSFSheet sheet = sheetOf(workbook, expected);
            // the earlier cycle's column, where the file has one, is the server's and is never read
            return values(sheet, new TableLayout(form, TableFileInfo.readFrom(workbook).earlierColumn()));
        } catch (IOException e) {
            throw refused(CORRUPT);
        } catch (UserFacingException e) {
            throw e;
        } catch (RuntimeException e) {
            // whatever else a crafted file makes POI throw is a file that cannot be read, not an error of ours
            LOG.warn("Unreadable table upload for cycle {}, unit {}", expected.cycle(), expected.unitCode(), e);
            throw refused(CORRUPT);
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return UploadedWorkbooks.open(bytes, TEXTS, TableUpload::refused);
    }

    private static XSSFSheet sheetOf(XSSFWorkbook workbook, Expected expected) {
        TableFileInfo info = TableFileInfo.readFrom(workbook);
        if (info == null) {
            throw refused("Tệp không phải bảng số liệu tải từ hệ thống (thiếu trang «" + TableFileInfo.SHEET
                    + "»). Hãy tải bảng số liệu của đơn vị về, điền vào đó rồi tải lên.");
        }
        if (info.cycle() != expected.cycle()) {
            throw refused("Tệp là bảng số liệu của đợt báo cáo số " + info.cycle() + ", không phải của đợt báo cáo số "
                    + expected.cycle() + ".");
        }
        if (!info.template().equals(expected.template()) || info.templateVersion() != expected.templateVersion()) {
            throw refused("Tệp theo mẫu «" + info.template() + "» phiên bản " + info.templateVersion()
                    + ", còn đợt báo cáo số " + expected.cycle() + " dùng mẫu «" + expected.template() + "» phiên bản "
                    + expected.templateVersion() + ". Hãy tải bảng số liệu mới về.");
        }
        String sheetName = info.unitSheets().get(expected.unitCode());
        XSSFSheet sheet = sheetName == null ? null : workbook.getSheet(sheetName);
        if (sheet == null) {
            throw refused("Tệp là bảng số liệu của " + (info.unitSheets().isEmpty() ? "toàn tỉnh"
                    : "đơn vị «" + String.join("», «", info.unitSheets().keySet()) + "»")
                    + ", không phải của " + expected.unitName() + " (" + expected.unitCode() + ").");
        }
        return sheet;
    }

    private static Map<String, Map<String, Object>> values(XSSFSheet sheet, TableLayout layout) {
        DataFormatter text = new DataFormatter();
        List<Violation> violations = new ArrayList<>();
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        List<Period> periods = layout.form().periods();
        for (TableLayout.Line line : layout.lines()) {
            Indicator indicator = line.indicator();
            if (indicator == null || indicator.copyOf() != null) {
                continue;
            }
            Row row = sheet.getRow(line.row());
            String label = row == null ? "" : text.formatCellValue(row.getCell(TableLayout.LABEL_COLUMN)).strip();
            if (!label.equals(indicator.label())) {
                violations.add(Violation.value(indicator.code(), null, "Ô "
                        + TableLayout.address(line.row(), TableLayout.LABEL_COLUMN) + ": «" + label
                        + "» không phải chỉ tiêu «" + indicator.label() + "» của mẫu; cấu trúc bảng đã bị thay đổi"));
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            for (int p = 0; p < periods.size(); p++) {
                Cell cell = row.getCell(layout.periodColumn(p));
                String where = "Ô " + TableLayout.address(line.row(), layout.periodColumn(p)) + " ("
                        + indicator.code() + ", " + periods.get(p).label() + "): ";
                cells.put(periods.get(p).code(), value(cell, where, indicator, periods.get(p), violations));
            }
            values.put(indicator.code(), cells);
        }
        if (!violations.isEmpty()) {
            throw new ReportRejectedException("Bảng số liệu chưa được lưu: có " + violations.size()
                    + " ô không hợp lệ; bản nháp đã lưu trước đó vẫn giữ nguyên.", violations);
        }
        return values;
    }

    private static Long value(Cell cell, String where, Indicator indicator, Period period, List<Violation> violations) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.STRING && !sharedStringPresent((XSSFCell) cell)) {
            violations.add(Violation.value(indicator.code(), period.code(), where + "ô trỏ tới một chuỗi không có trong "
                    + "tệp (tệp bị hỏng hoặc bị sửa ngoài Excel); hãy nhập lại số liệu của ô này"));
            return null;
        }
        BigDecimal number;
        String shown;
        switch (type) {
            case BLANK -> {
                return null;
            }
            case NUMERIC -> {
                double read;
                try {
                    read = cell.getNumericCellValue();
                } catch (NumberFormatException | IllegalStateException e) {
                    read = Double.NaN;
                }
                if (!Double.isFinite(read)) {
                    violations.add(Violation.value(indicator.code(), period.code(), where + "«"
                            + StoredText.quote(((XSSFCell) cell).getRawValue()) + "» " + WholeNumbers.NOT_A_NUMBER));
                    return null;
                }
                number = BigDecimal.valueOf(read);
                shown = number.stripTrailingZeros().toPlainString();
            }
            case STRING -> {
                shown = cell.getStringCellValue().strip();
                if (shown.isEmpty()) {
                    return null;
                }
                if (!shown.matches("-?\\d{1,18}")) {
                    violations.add(Violation.value(indicator.code(), period.code(), where + "«" + StoredText.quote(shown)
                            + "» " + WholeNumbers.NOT_A_NUMBER));
                    return null;
                }
                number = new BigDecimal(shown);
            }
            default -> {
                shown = new DataFormatter().formatCellValue(cell);
                violations.add(Violation.value(indicator.code(), period.code(), where + "«" + shown
                        + "» " + WholeNumbers.NOT_A_NUMBER));
                return null;
            }
        }
        Optional<String> problem = WholeNumbers.problem(number);
        if (problem.isPresent()) {
            violations.add(Violation.value(indicator.code(), period.code(), where + "«" + shown + "» " + problem.get()));
            return null;
        }
        return number.longValueExact();
    }

    /**
     * Whether a text cell that points into the shared strings finds its string there: POI reads one that
     * does not as an empty text, which would pass for a blank cell.
     */
    private static boolean sharedStringPresent(XSSFCell cell) {
        CTCell xml = cell.getCTCell();
        if (xml.getT() != STCellType.S) {
            return true;
        }
        SharedStringsTable strings = cell.getSheet().getWorkbook().getSharedStringSource();
        try {
            int index = Integer.parseInt(xml.getV() == null ? "" : xml.getV().strip());
            return strings != null && index >= 0 && index < strings.getUniqueCount();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ReportRejectedException refused(String message) {
        return new ReportRejectedException(message, List.of());
    }
}

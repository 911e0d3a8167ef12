package vn.congdoan.baocao.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.UploadedWorkbooks;

/**
 * The unit list as a spreadsheet (.xlsx or .csv), one unit a row under a header: code, name, kind, parent,
 * e-mail, valid from, valid to, successor. The export reads back as an import that changes nothing.
 */
final class UnitSheets {

    static final String SHEET = "Đơn vị";
    static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Thư điện tử",
            "Hoạt động từ ngày", "Đến ngày", "Mã đơn vị kế tục");
    /** The header may also be written as the API names the fields. */
    private static final List<Set<String>> ALIASES = List.of(Set.of("code"), Set.of("name"), Set.of("kind"),
            Set.of("parent"), Set.of("email", "e-mail"), Set.of("validfrom", "valid from"), Set.of("validto", "valid to"),
            Set.of("successor"));
    private static final int MAX_ROWS = 10_000;
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** What a spreadsheet program would run as a formula when the .csv is opened. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final UploadedWorkbooks.Texts TEXTS = new UploadedWorkbooks.Texts(
            "Không đọc được tệp Excel: tệp bị hỏng hoặc không trọn vẹn. Hãy lưu lại tệp rồi tải lên lần nữa. "
                    + "Danh mục đơn vị không thay đổi.",
            "Tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu mở tệp rồi tải lên lại.",
            "Tệp là bảng tính Excel đời cũ (.xls). Hãy lưu tệp dưới dạng .xlsx (hoặc .csv UTF-8) rồi tải lên.",
            "Tệp không phải bảng tính .xlsx hay .csv.",
            "Tệp Excel giải nén ra quá lớn (hơn 20 MB, trong khi danh mục vài nghìn đơn vị chỉ vài trăm KB): tệp có dữ "
                    + "liệu thừa hoặc đã bị làm hỏng. Danh mục đơn vị không thay đổi.");

    /** A row as read: the unit it describes, and what could not be read in it. */
    record ReadRow(UnitChangeSet.Proposal proposal, List<String> problems) {
    }

    private UnitSheets() {
    }

    static byte[] xlsx(List<UnitDetails> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
            }
            for (int r = 0; r < units.size(); r++) {
                UnitDetails unit = units.get(r);
                Row row = sheet.createRow(r + 1);
                List<String> texts = texts(unit);
                for (int c = 0; c < texts.size(); c++) {
                    if (c == 5 || c == 6) {
                        LocalDate day = c == 5 ? unit.validFrom() : unit.validTo();
                        if (day != null) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        }
                    } else if (texts.get(c) != null) {
                        row.createCell(c).setCellValue(texts.get(c));
                    }
                }
            }
            int[] widths = {18, 60, 12, 18, 36, 18, 14, 18};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, units.size(), 0, HEADERS.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, so that Excel shows the Vietnamese letters; dates as 2025-07-01. */
    static byte[] csv(List<UnitDetails> units) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(HEADERS);
            for (UnitDetails unit : units) {
                List<String> row = new ArrayList<>(texts(unit));
                row.set(5, unit.validFrom() == null ? null : ISO.format(unit.validFrom()));
                row.set(6, unit.validTo() == null ? null : ISO.format(unit.validTo()));
                printer.printRecord(row.stream().map(UnitSheets::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(UnitDetails unit) {
        List<String> texts = new ArrayList<>();
        texts.add(unit.code());
        texts.add(unit.name());
        texts.add(unit.kind());
        texts.add(unit.parent());
        texts.add(unit.email());
        texts.add(null);
        texts.add(null);
        texts.add(unit.successor());
        return texts;
    }

    /** The rows of an uploaded .xlsx or .csv, told apart by their first bytes. */
    static List<ReadRow> read(byte[] content) {
        if (content.length == 0) {
            throw new BadRequestException("Tệp tải lên rỗng (0 byte). Danh mục đơn vị không thay đổi.");
        }
        boolean zipOrOle = content.length >= 4 && ((content[0] == 'P' && content[1] == 'K')
                || (content[0] == (byte) 0xD0 && content[1] == (byte) 0xCF));
        List<List<Object>> rows = zipOrOle ? xlsxRows(content) : csvRows(content);
        return rowsOf(rows);
    }

    private static List<List<Object>> xlsxRows(byte[] content) {
        try (XSSFWorkbook workbook = UploadedWorkbooks.open(content, TEXTS, BadRequestException::new)) {
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (r > MAX_ROWS) {
                    throw tooManyRows();
                }
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        cells.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new BadRequestException(TEXTS.corrupt());
        }
    }

    private static List<List<Object>> csvRows(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("Tệp .csv không phải mã UTF-8: hãy lưu lại bằng «CSV UTF-8 (Comma delimited)» "
                    + "rồi tải lên. Danh mục đơn vị không thay đổi.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<Object>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
                if (rows.size() > MAX_ROWS) {
                    throw tooManyRows();
                }
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    cells.add(c < record.size() ? undefused(record.get(c)) : null);
                }
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadRequestException("Không đọc được tệp .csv (dấu ngoặc kép không khép lại?): "
                    + StoredText.quote(e.getMessage()) + ". Danh mục đơn vị không thay đổi.");
        }
        return rows;
    }

    private static List<ReadRow> rowsOf(List<List<Object>> rows) {
        if (rows.isEmpty()) {
            throw new BadRequestException("Tệp không có dòng nào. Dòng đầu là tiêu đề: " + String.join(" | ", HEADERS) + ".");
        }
        checkHeader(rows.get(0));
        List<ReadRow> read = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Object> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.toString().isBlank())) {
                continue;
            }
            String code = text(cells.get(0));
            String where = "Dòng " + (r + 1) + (code == null ? "" : " (đơn vị «" + StoredText.quote(code) + "»)");
            List<String> problems = new ArrayList<>();
            LocalDate from = day(cells.get(5), where, 5, problems);
            LocalDate to = day(cells.get(6), where, 6, problems);
            UnitDetails unit = new UnitDetails(code, text(cells.get(1)), text(cells.get(2)), text(cells.get(3)), null,
                    text(cells.get(4)), from, to, text(cells.get(7)));
            read.add(new ReadRow(new UnitChangeSet.Proposal(where, unit), problems));
        }
        if (read.isEmpty()) {
            throw new BadRequestException("Tệp chỉ có dòng tiêu đề, không có đơn vị nào. Danh mục đơn vị không thay đổi.");
        }
        return read;
    }

    private static void checkHeader(List<Object> header) {
        for (int c = 0; c < HEADERS.size(); c++) {
            String written = header.get(c) == null ? "" : Normalizer.normalize(header.get(c).toString(), Normalizer.Form.NFC)
                    .strip().toLowerCase(Locale.ROOT);
            if (!written.equals(HEADERS.get(c).toLowerCase(Locale.ROOT)) && !ALIASES.get(c).contains(written)) {
                throw new BadRequestException("Dòng 1 phải là dòng tiêu đề: " + String.join(" | ", HEADERS) + "; cột "
                        + (c + 1) + " đang là «" + StoredText.quote(written) + "», cần «" + HEADERS.get(c)
                        + "». Danh mục đơn vị không thay đổi.");
            }
        }
    }

    private static LocalDate day(Object cell, String where, int column, List<String> problems) {
        if (cell instanceof LocalDate day) {
            return day;
        }
        String text = text(cell);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(WRITTEN, ISO)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the other way of writing it
            }
        }
        problems.add(where + ", cột «" + HEADERS.get(column) + "»: «" + StoredText.quote(text)
                + "» không phải một ngày (viết 1/7/2025 hoặc 2025-07-01).");
        return null;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String defused(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String undefused(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static BadRequestException tooManyRows() {
        return new BadRequestException("Tệp có hơn " + StoredText.count(MAX_ROWS) + " dòng; hãy chia thành nhiều tệp. "
                + "Danh mục đơn vị không thay đổi.");
    }
}

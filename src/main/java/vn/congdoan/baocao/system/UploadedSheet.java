package vn.congdoan.baocao.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list uploaded as a spreadsheet (.xlsx or .csv, told apart by their first bytes): a header row, then one
 * record a row. Cells come as text, or as a day where the .xlsx holds a date. A text that a spreadsheet would
 * run as a formula is written to .csv with a leading ' and read back without it.
 */
public final class UploadedSheet {

    private static final int MAX_ROWS = 10_000;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** @param aliases how the header may also be written (lower case): the API's name of the field */
    public record Column(String header, Set<String> aliases) {
    }

    /** @param number the row's number as the spreadsheet shows it (the header is row 1) */
    public record Line(int number, List<Object> cells) {

        public String text(int column) {
            Object cell = cells.get(column);
            if (cell == null) {
                return null;
            }
            String text = Normalizer.normalize(cell.toString(), Normalizer.Form.NFC).strip();
            return text.isEmpty() ? null : text;
        }
    }

    private UploadedSheet() {
    }

    /**
     * The rows under the header, blank rows left out.
     *
     * @param sheet     the sheet of an .xlsx to read (else its first)
     * @param unchanged said after each refusal: what the upload left as it was
     */
    public static List<Line> read(byte[] content, String sheet, List<Column> columns, String unchanged) {
        if (content.length == 0) {
            throw new BadRequestException("Tệp tải lên rỗng (0 byte). " + unchanged);
        }
        boolean zipOrOle = content.length >= 4 && ((content[0] == 'P' && content[1] == 'K')
                || (content[0] == (byte) 0xD0 && content[1] == (byte) 0xCF));
        List<List<Object>> rows = zipOrOle ? xlsxRows(content, sheet, columns.size(), unchanged)
                : csvRows(content, columns.size(), unchanged);
        if (rows.isEmpty()) {
            throw new BadRequestException("Tệp không có dòng nào. Dòng đầu là tiêu đề: " + headers(columns) + ". " + unchanged);
        }
        checkHeader(rows.get(0), columns, unchanged);
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Object> cells = rows.get(r);
            if (cells.stream().anyMatch(c -> c != null && !c.toString().isBlank())) {
                lines.add(new Line(r + 1, cells));
            }
        }
        if (lines.isEmpty()) {
            throw new BadRequestException("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào. " + unchanged);
        }
        return lines;
    }

    /** A cell's text as .csv holds it, so that a spreadsheet opening the file shows it and runs nothing. */
    public static String defused(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    public static String headers(List<Column> columns) {
        return String.join(" | ", columns.stream().map(Column::header).toList());
    }

    private static List<List<Object>> xlsxRows(byte[] content, String sheetName, int width, String unchanged) {
        UploadedWorkbooks.Texts texts = new UploadedWorkbooks.Texts(
                "Không đọc được tệp Excel: tệp bị hỏng hoặc không trọn vẹn. Hãy lưu lại tệp rồi tải lên lần nữa. " + unchanged,
                "Tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu mở tệp rồi tải lên lại. " + unchanged,
                "Tệp là bảng tính Excel đời cũ (.xls). Hãy lưu tệp dưới dạng .xlsx (hoặc .csv UTF-8) rồi tải lên. " + unchanged,
                "Tệp không phải bảng tính .xlsx hay .csv. " + unchanged,
                "Tệp Excel giải nén ra quá lớn (hơn 20 MB, trong khi một danh sách vài nghìn dòng chỉ vài trăm KB): tệp "
                        + "có dữ liệu thừa hoặc đã bị làm hỏng. " + unchanged);
        try (XSSFWorkbook workbook = UploadedWorkbooks.open(content, texts, BadRequestException::new)) {
            Sheet sheet = workbook.getSheet(sheetName) != null ? workbook.getSheet(sheetName) : workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (r > MAX_ROWS) {
                    throw tooManyRows(unchanged);
                }
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
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
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException userFacing) {
                throw userFacing;
            }
            throw new BadRequestException(texts.corrupt());
        }
    }

    private static List<List<Object>> csvRows(byte[] content, int width, String unchanged) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("Tệp .csv không phải mã UTF-8: hãy lưu lại bằng «CSV UTF-8 (Comma delimited)» "
                    + "rồi tải lên. " + unchanged);
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
                    throw tooManyRows(unchanged);
                }
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(c < record.size() ? undefused(record.get(c)) : null);
                }
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadRequestException("Không đọc được tệp .csv (dấu ngoặc kép không khép lại?): "
                    + StoredText.quote(e.getMessage()) + ". " + unchanged);
        }
        return rows;
    }

    private static void checkHeader(List<Object> header, List<Column> columns, String unchanged) {
        for (int c = 0; c < columns.size(); c++) {
            String written = header.get(c) == null ? "" : Normalizer.normalize(header.get(c).toString(), Normalizer.Form.NFC)
                    .strip().toLowerCase(Locale.ROOT);
            Column column = columns.get(c);
            if (!written.equals(column.header().toLowerCase(Locale.ROOT)) && !column.aliases().contains(written)) {
                throw new BadRequestException("Dòng 1 phải là dòng tiêu đề: " + headers(columns) + "; cột " + (c + 1)
                        + " đang là «" + StoredText.quote(written) + "», cần «" + column.header() + "». " + unchanged);
            }
        }
    }

    private static String undefused(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static BadRequestException tooManyRows(String unchanged) {
        return new BadRequestException("Tệp có hơn " + StoredText.count(MAX_ROWS) + " dòng; hãy chia thành nhiều tệp. "
                + unchanged);
    }
}

package vn.congdoan.baocao.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.UploadedSheet;

/**
 * The unit list as a spreadsheet (.xlsx or .csv), one unit a row under a header: code, name, kind, parent,
 * e-mail, valid from, valid to, successor. The export reads back as an import that changes nothing.
 */
final class UnitSheets {

    static final String SHEET = "Đơn vị";
    static final List<UploadedSheet.Column> COLUMNS = List.of(column("Mã đơn vị", "code"), column("Tên đơn vị", "name"),
            column("Loại", "kind"), column("Mã đơn vị cấp trên", "parent"), column("Thư điện tử", "email", "e-mail"),
            column("Hoạt động từ ngày", "validfrom", "valid from"), column("Đến ngày", "validto", "valid to"),
            column("Mã đơn vị kế tục", "successor"));
    private static final String UNCHANGED = "Danh mục đơn vị không thay đổi.";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** A row as read: the unit it describes, and what could not be read in it. */
    record ReadRow(UnitChangeSet.Proposal proposal, List<String> problems) {
    }

    private UnitSheets() {
    }

    private static UploadedSheet.Column column(String header, String... aliases) {
        return new UploadedSheet.Column(header, Set.of(aliases));
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
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
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
            sheet.setAutoFilter(new CellRangeAddress(0, units.size(), 0, COLUMNS.size() - 1));
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
            printer.printRecord(COLUMNS.stream().map(UploadedSheet.Column::header).toList());
            for (UnitDetails unit : units) {
                List<String> row = new ArrayList<>(texts(unit));
                row.set(5, unit.validFrom() == null ? null : ISO.format(unit.validFrom()));
                row.set(6, unit.validTo() == null ? null : ISO.format(unit.validTo()));
                printer.printRecord(row.stream().map(UploadedSheet::defused).toList());
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

    /** The rows of an uploaded .xlsx or .csv. */
    static List<ReadRow> read(byte[] content) {
        List<ReadRow> read = new ArrayList<>();
        for (UploadedSheet.Line line : UploadedSheet.read(content, SHEET, COLUMNS, UNCHANGED)) {
            String code = line.text(0);
            String where = "Dòng " + line.number() + (code == null ? "" : " (đơn vị «" + StoredText.quote(code) + "»)");
            List<String> problems = new ArrayList<>();
            LocalDate from = day(line, where, 5, problems);
            LocalDate to = day(line, where, 6, problems);
            UnitDetails unit = new UnitDetails(code, line.text(1), line.text(2), line.text(3), null, line.text(4), from, to,
                    line.text(7));
            read.add(new ReadRow(new UnitChangeSet.Proposal(where, unit), problems));
        }
        return read;
    }

    private static LocalDate day(UploadedSheet.Line line, String where, int column, List<String> problems) {
        if (line.cells().get(column) instanceof LocalDate day) {
            return day;
        }
        String text = line.text(column);
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
        problems.add(where + ", cột «" + COLUMNS.get(column).header() + "»: «" + StoredText.quote(text)
                + "» không phải một ngày (viết 1/7/2025 hoặc 2025-07-01).");
        return null;
    }

}

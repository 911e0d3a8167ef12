package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.report.ReportRejectedException;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.support.SampleTables;

class TableWorkbookTest {

    @Test
    void theUnitTableHasTheLayoutOfAppendix02() throws IOException {
        Map<String, Map<String, Long>> values = SampleTables.consistent();
        values.get("I01").put("2019", null);
        byte[] file = TableFiles.hoalu(values);
        // kept for a look in LibreOffice (src/test/scripts/render-files.sh)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/tables"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/tables/hoalu.xlsx"), file);
        try (XSSFWorkbook workbook = TableFiles.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("LĐLĐ huyện Hoa Lư");
            assertThat(text(sheet, 0, 0)).isEqualTo("Phụ lục số 02");
            assertThat(text(sheet, 1, 0)).isEqualTo("(Kèm theo Kế hoạch số 23 ngày 11 tháng 6 năm 2020 của LĐLĐ tỉnh)");
            assertThat(text(sheet, 2, 0)).isEqualTo("Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT");
            assertThat(text(sheet, 3, 0)).isEqualTo("Đơn vị báo cáo: LĐLĐ huyện Hoa Lư");
            // header: two rows, fixed columns merged down, the periods under one merged heading
            assertThat(rowTexts(sheet, 5)).containsExactly("TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Số liệu theo kỳ",
                    "", "", "", "", "Tổng số", "Cách tính Tổng số");
            assertThat(rowTexts(sheet, 6)).containsExactly("", "", "", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019",
                    "Tính đến 30/6/2020", "", "");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A6:A7"),
                    CellRangeAddress.valueOf("B6:B7"), CellRangeAddress.valueOf("C6:C7"), CellRangeAddress.valueOf("D6:H6"),
                    CellRangeAddress.valueOf("I6:I7"), CellRangeAddress.valueOf("J6:J7"));
            // group rows carry the STT and are bold; 3.1 carries "DN" as in the seed
            assertThat(rowTexts(sheet, 7).subList(0, 3)).containsExactly("1", "Tuyên truyền tập huấn về đối thoại tại DN", "");
            assertThat(sheet.getRow(7).getCell(1).getCellStyle().getFont().getBold()).isTrue();
            assertThat(rowTexts(sheet, 8).subList(0, 3)).containsExactly("", "Số lớp tập huấn", "Lớp");
            assertThat(sheet.getRow(8).getCell(1).getCellStyle().getFont().getBold()).isFalse();
            assertThat(rowTexts(sheet, 13).subList(0, 3)).containsExactly("3", "Tổ chức HN NLĐ, đối thoại", "");
            assertThat(rowTexts(sheet, 14).subList(0, 3)).containsExactly("3.1", "Hội nghị người lao động", "DN");
            assertThat(sheet.getLastRowNum()).isEqualTo(7 + 22 + 7 - 1);
            // values as saved, a blank stays blank, totals by rule as formulas, the rule in words
            assertThat(sheet.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(8).getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(8).getCell(8).getCellFormula()).isEqualTo("IF(COUNT(D9:H9)=5,SUM(D9:H9),\"\")");
            assertThat(sheet.getRow(8).getCell(8).getStringCellValue()).as("no total while a period is blank").isEmpty();
            assertThat(text(sheet, 8, 9)).isEqualTo("Cộng các kỳ");
            assertThat(sheet.getRow(9).getCell(8).getNumericCellValue()).isEqualTo(250);
            int i05 = 15;
            assertThat(text(sheet, i05, 1)).isEqualTo("Tổng số DN do địa phương, ngành trực tiếp quản lý");
            assertThat(sheet.getRow(i05).getCell(8).getCellFormula()).isEqualTo("IF(COUNT(D16:H16)=5,H16,\"\")");
            assertThat(sheet.getRow(i05).getCell(8).getNumericCellValue()).isEqualTo(100);
            assertThat(text(sheet, i05, 9)).isEqualTo("Số liệu kỳ cuối");
            int i18 = 7 + 17 + 5;
            assertThat(text(sheet, i18, 1)).isEqualTo("Tổng số doanh nghiệp có tổ chức công đoàn có đối thoại đột xuất");
            assertThat(sheet.getRow(i18).getCell(3).getCellFormula()).isEqualTo("IF(D28=\"\",\"\",D28)");
            assertThat(sheet.getRow(i18).getCell(3).getNumericCellValue()).isEqualTo(8);
            assertThat(text(sheet, i18, 9)).isEqualTo("Cộng các kỳ (= dòng 28)");
            // Times New Roman everywhere; only the value cells open; whole numbers only
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                for (XSSFCell cell : sheet.getRow(r) == null ? List.<XSSFCell>of() : iterable(sheet, r)) {
                    assertThat(cell.getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
                    boolean valueCell = r >= 7 && cell.getColumnIndex() >= 3 && cell.getColumnIndex() <= 7
                            && cell.getCellType() != CellType.FORMULA && sheet.getRow(r).getCell(0).getStringCellValue().isEmpty();
                    assertThat(cell.getCellStyle().getLocked()).as("locked %s", cell.getAddress()).isEqualTo(!valueCell);
                }
            }
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
                assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("999999999");
                assertThat(v.getRegions().getCellRangeAddresses()).hasSize(21);
            });
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            // the hidden sheet says whose table it is
            XSSFSheet info = workbook.getSheet("Thông tin tệp");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(info))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(TableFileInfo.readFrom(workbook)).isEqualTo(new TableFileInfo(TableFiles.CYCLE, "nq02-2016-2020",
                    SampleTables.NQ02.version(), Map.of("hoalu", "LĐLĐ huyện Hoa Lư")));
            assertThat(workbook.isStructureLocked()).isTrue();
            // the formulas give what the file says (cached values are what a non-recalculating viewer shows)
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            assertThat(sheet.getRow(9).getCell(8).getNumericCellValue()).isEqualTo(250);
        }
    }

    @Test
    void whatIsDownloadedReadsBackTheSame() {
        Map<String, Map<String, Long>> values = SampleTables.consistent();
        values.get("I07").put("2016", null);
        values.get("I22").put("2020H1", 0L);
        values.get("I02").put("2017", 999_999_999L);
        Map<String, Map<String, Object>> read = TableUpload.read(TableFiles.hoalu(values), SampleTables.FORM, TableFiles.HOALU);
        values.remove("I18");
        assertThat(read).isEqualTo(values);
    }

    @Test
    void everyBadCellIsNamedByItsAddress() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = TableFiles.open(TableFiles.hoalu(SampleTables.consistent()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int i08 = 7 + 7 + 4;
            sheet.getRow(i08).getCell(5).setCellValue("abc");
            sheet.getRow(i08).getCell(6).setCellValue(-3);
            sheet.getRow(8).getCell(3).setCellValue(2.5);
            sheet.getRow(8).getCell(4).setCellValue(1_234_567_890);
            sheet.getRow(8).getCell(5).setCellValue(" 12 ");
            sheet.getRow(8).getCell(6).setCellValue(true);
            file = write(workbook);
        }
        assertThatThrownBy(() -> TableUpload.read(file, SampleTables.FORM, TableFiles.HOALU))
                .isInstanceOfSatisfying(ReportRejectedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "Bảng số liệu chưa được lưu: có 5 ô không hợp lệ; bản nháp đã lưu trước đó vẫn giữ nguyên.");
                    assertThat(e.violations()).extracting(Violation::message).containsExactly(
                            "Ô D9 (I01, Năm 2016): «2.5» có phần thập phân; chỉ nhận số nguyên",
                            "Ô E9 (I01, Năm 2017): «1234567890» quá 9 chữ số; chỉ nhận số nguyên từ 0 đến 999 999 999",
                            "Ô G9 (I01, Năm 2019): «TRUE» không phải số nguyên",
                            "Ô F19 (I08, Năm 2018): «abc» không phải số nguyên",
                            "Ô G19 (I08, Năm 2019): «-3» là số âm; chỉ nhận số nguyên từ 0 đến 999 999 999");
                    assertThat(e.violations().get(3).indicator()).isEqualTo("I08");
                    assertThat(e.violations().get(3).period()).isEqualTo("2018");
                });
    }

    @Test
    void aFileForAnotherCycleUnitOrTemplateVersionIsRefused() {
        byte[] hoalu = TableFiles.hoalu(SampleTables.consistent());
        assertRefused(hoalu, new TableUpload.Expected(8, "nq02-2016-2020", SampleTables.NQ02.version(), "hoalu", "x"),
                "Tệp là bảng số liệu của đợt báo cáo số 7, không phải của đợt báo cáo số 8.");
        assertRefused(hoalu, new TableUpload.Expected(7, "nq02-2016-2020", 9, "hoalu", "x"),
                "Tệp theo mẫu «nq02-2016-2020» phiên bản " + SampleTables.NQ02.version()
                        + ", còn đợt báo cáo số 7 dùng mẫu «nq02-2016-2020» phiên bản 9. Hãy tải bảng số liệu mới về.");
        assertRefused(hoalu, new TableUpload.Expected(7, "nq02-2016-2020", SampleTables.NQ02.version(), "kimson",
                        "LĐLĐ huyện Kim Sơn"),
                "Tệp là bảng số liệu của đơn vị «hoalu», không phải của LĐLĐ huyện Kim Sơn (kimson).");
    }

    @Test
    void whatIsNotOurXlsxIsRefusedWithItsReason() throws Exception {
        assertRefused("Báo cáo\n1;2;3".getBytes(), TableFiles.HOALU,
                "Tệp không phải bảng tính Excel (.xlsx). Hãy tải lên bảng số liệu đã tải về từ hệ thống.");
        byte[] file = TableFiles.hoalu(SampleTables.consistent());
        assertRefused(Arrays.copyOf(file, file.length / 2), TableFiles.HOALU,
                "Không đọc được tệp Excel: tệp bị hỏng hoặc không trọn vẹn. Hãy lưu lại tệp rồi tải lên lần nữa.");
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Sheet1");
            old.write(out);
            assertRefused(out.toByteArray(), TableFiles.HOALU, "Tệp là bảng tính Excel đời cũ (.xls). Hãy dùng bảng số "
                    + "liệu tải về (.xlsx), hoặc lưu tệp dưới dạng .xlsx rồi tải lên.");
        }
        assertRefused(encrypted(file), TableFiles.HOALU, "Tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật "
                + "khẩu mở tệp (File › Info › Protect Workbook) rồi tải lên lại.");
        try (XSSFWorkbook blank = new XSSFWorkbook()) {
            blank.createSheet("Sheet1");
            assertRefused(write(blank), TableFiles.HOALU, "Tệp không phải bảng số liệu tải từ hệ thống (thiếu trang "
                    + "«Thông tin tệp»). Hãy tải bảng số liệu của đơn vị về, điền vào đó rồi tải lên.");
        }
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(xlsx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(byte[] file, TableUpload.Expected expected, String message) {
        assertThatThrownBy(() -> TableUpload.read(file, SampleTables.FORM, expected))
                .isInstanceOf(ReportRejectedException.class).hasMessage(message);
    }

    static byte[] write(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        return iterable(sheet, row).stream().map(c -> c.getCellType() == CellType.STRING ? c.getStringCellValue() : "#").toList();
    }

    private static List<XSSFCell> iterable(XSSFSheet sheet, int row) {
        List<XSSFCell> cells = new java.util.ArrayList<>();
        sheet.getRow(row).cellIterator().forEachRemaining(c -> cells.add((XSSFCell) c));
        return cells;
    }
}

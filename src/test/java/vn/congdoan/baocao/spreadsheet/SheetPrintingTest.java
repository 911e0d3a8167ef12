package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.support.SampleTables;

/**
 * What the workbooks show and print beyond their figures: tab names cut between words, figures with
 * the separators the documents print (1.234.567), a long unit name on rows tall enough for it.
 */
class SheetPrintingTest {

    private static final String LONG_NAME = "Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Ninh Bình";

    @Test
    void sheetNamesAreCutBetweenWordsAndStayUniqueAndValid() {
        Set<String> taken = new HashSet<>();
        List<String> names = List.of(
                TableWorkbooks.sheetName("Liên đoàn Lao động huyện Hoa Lư", taken),
                TableWorkbooks.sheetName("Liên đoàn Lao động thành phố Ninh Bình", taken),
                TableWorkbooks.sheetName("Công đoàn Viên chức tỉnh Ninh Bình", taken),
                TableWorkbooks.sheetName(LONG_NAME, taken),
                TableWorkbooks.sheetName("Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam", taken),
                TableWorkbooks.sheetName("liên đoàn lao động huyện hoa lư", taken),
                TableWorkbooks.sheetName("Ban [Tổng hợp]: số liệu 2016/2020?", taken),
                TableWorkbooks.sheetName("Khôngcókhoảngtrắngnàotrongtênrấtdàinày", taken),
                TableWorkbooks.sheetName("'Tên trong ngoặc đơn của một đơn vị rất dài'", taken));
        // full names while they fit; the federation's abbreviations, then whole words, when they do not
        assertThat(names).containsExactly(
                "Liên đoàn Lao động huyện Hoa Lư",
                "LĐLĐ thành phố Ninh Bình",
                "CĐ Viên chức tỉnh Ninh Bình",
                "CĐN Nông nghiệp và Phát triển",
                "CĐN Nông nghiệp và Phát (2)",
                "LĐLĐ huyện hoa lư (2)",
                "Ban Tổng hợp số liệu 2016 2020",
                "Khôngcókhoảngtrắngnàotrongtênrấ",
                "Tên trong ngoặc đơn của một");
        assertThat(names).allSatisfy(name -> {
            assertThat(name.length()).isLessThanOrEqualTo(31);
            WorkbookUtil.validateSheetName(name);
        });
    }

    @Test
    void figuresReadAsTheDocumentsPrintThemInAVietnameseSpreadsheet() throws IOException {
        Map<String, Map<String, Long>> values = SampleTables.consistent();
        values.get("I02").put("2019", 1_234_567L);
        try (XSSFWorkbook workbook = TableFiles.open(TableFiles.hoalu(values))) {
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            XSSFRow i02 = workbook.getSheetAt(0).getRow(9);
            XSSFCell value = i02.getCell(6);
            XSSFCell total = i02.getCell(8);
            DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
            assertThat(vietnamese.formatCellValue(value)).isEqualTo("1.234.567");
            assertThat(vietnamese.formatCellValue(total, evaluator)).isEqualTo("1.234.767");
            // the format is Vietnamese itself, so LibreOffice groups with "." whatever the computer's
            // language (PrintedPagesTest prints it); Excel takes the separators of the computer's settings
            for (XSSFCell cell : List.of(value, total, i02.getCell(3))) {
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("[$-42A]#,##0");
            }
        }
    }

    @Test
    void aLongUnitNameOnTheMissingUnitsSheetGetsARowTallEnoughForIt() throws IOException {
        AggregateView aggregate = new AggregateView(7, true, null, SampleTables.SEED_PERIODS, List.of(), List.of(),
                List.of(new AggregateView.UnitRef("cdn-nongnghiep", LONG_NAME)),
                List.of(new AggregateView.UnitRef("yenmo", "Liên đoàn Lao động huyện Yên Mô")), List.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Đơn vị chưa có báo cáo");
            TableWorkbooks.writeUnitsWithoutReport(sheet, new TableStyles(workbook), aggregate);
            XSSFRow longRow = sheet.getRow(3);
            XSSFRow shortRow = sheet.getRow(4);
            assertThat(longRow.getCell(2).getStringCellValue()).isEqualTo(LONG_NAME);
            assertThat(longRow.getCell(2).getCellStyle().getWrapText()).isTrue();
            // 66 characters in a column 45 wide: two lines, and the row holds both
            float line = sheet.getDefaultRowHeightInPoints();
            assertThat(longRow.getHeightInPoints()).isGreaterThanOrEqualTo(2 * line);
            assertThat(shortRow.getHeightInPoints()).isLessThan(2 * line);
            assertThat(longRow.getHeightInPoints()).isGreaterThan(shortRow.getHeightInPoints());
        }
    }
}

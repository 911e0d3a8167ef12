package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.TotalRule;

/**
 * The province workbook, streamed sheet by sheet, read back whole: every unit's sheet, the early ones
 * whose rows left memory long before the file was written among them, holds that unit's figures; the
 * consolidated sheet their sums; the formulas carry the results they compute; no temporary file remains.
 */
class ProvinceWorkbookTest {

    private static final int UNITS = 60;
    private static final int MISSING = 120;
    private static final int PENDING = 5;
    private static final TableLayout LAYOUT = new TableLayout(SampleTables.FORM);
    private static final List<Indicator> INDICATORS = ProvinceTables.INDICATORS;
    /** A unit whose table has a blank, as a provisional workbook may show. */
    private static final int WITH_BLANK = 2;
    private static final String BLANK_INDICATOR = "I16";
    private static final int BLANK_PERIOD = 3;

    @TempDir
    Path temporary;

    @Test
    void everyUnitsSheetAndTheSumsAreInTheStreamedWorkbook() throws IOException {
        ProvinceTables province = ProvinceTables.of(UNITS, MISSING, PENDING);
        Map<String, ReportContent> accepted = new LinkedHashMap<>(province.accepted());
        accepted.put(ProvinceTables.code(WITH_BLANK), withBlank(accepted.get(ProvinceTables.code(WITH_BLANK))));
        AtomicInteger created = new AtomicInteger();
        byte[] file = withTemporaryFilesIn(temporary, created, () -> TableWorkbooks.provinceFile(TableFiles.SEED_CYCLE,
                SampleTables.FORM, TableFiles.CAPTION, province.aggregate(), accepted));
        assertThat(created.get()).as("one temporary file per sheet at least: the rows were streamed")
                .isGreaterThanOrEqualTo(UNITS + 3);
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).as("temporary files deleted").isEmpty();
        }

        try (XSSFWorkbook workbook = TableFiles.open(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(UNITS + 3);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp toàn tỉnh");
            for (int u = 1; u <= UNITS; u++) {
                assertThat(workbook.getSheetAt(u).getSheetName()).isEqualTo(ProvinceTables.name(u));
            }
            assertThat(workbook.getSheetAt(UNITS + 1).getSheetName()).isEqualTo("Đơn vị chưa có báo cáo");
            assertThat(workbook.getSheetVisibility(UNITS + 2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(TableFileInfo.readFrom(workbook).unitSheets()).hasSize(UNITS)
                    .containsEntry(ProvinceTables.code(1), ProvinceTables.name(1))
                    .containsEntry(ProvinceTables.code(UNITS), ProvinceTables.name(UNITS));
            assertThat(workbook.isStructureLocked()).isTrue();

            for (int u : List.of(1, 3, UNITS / 2, UNITS)) {
                XSSFSheet sheet = workbook.getSheetAt(u);
                assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Đơn vị báo cáo: " + ProvinceTables.name(u));
                int unit = u;
                assertFigures(sheet, (i, p) -> ProvinceTables.value(unit, i, p));
                assertLaidOutAndPrintable(sheet);
            }
            XSSFSheet blank = workbook.getSheetAt(WITH_BLANK);
            XSSFCell blankCell = blank.getRow(LAYOUT.rowOf(BLANK_INDICATOR)).getCell(LAYOUT.periodColumn(BLANK_PERIOD));
            assertThat(blankCell.getCellType()).isEqualTo(CellType.BLANK);
            XSSFRow copy = blank.getRow(LAYOUT.rowOf("I18"));
            assertThat(copy.getCell(LAYOUT.periodColumn(BLANK_PERIOD)).getStringCellValue()).as("a copied blank").isEmpty();
            assertThat(copy.getCell(LAYOUT.totalColumn()).getStringCellValue()).as("no total over a blank").isEmpty();
            assertThat(blank.getRow(LAYOUT.rowOf("I01")).getCell(LAYOUT.totalColumn()).getNumericCellValue())
                    .isEqualTo(total(WITH_BLANK, INDICATORS.indexOf(indicator("I01"))));

            XSSFSheet sums = workbook.getSheetAt(0);
            assertThat(sums.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tổng hợp toàn tỉnh: " + UNITS
                    + " đơn vị có báo cáo được chấp nhận, " + MISSING + " đơn vị không có báo cáo");
            assertFigures(sums, (i, p) -> {
                long sum = 0;
                for (int u = 1; u <= UNITS; u++) {
                    sum += ProvinceTables.value(u, i, p);
                }
                return sum;
            });
            assertLaidOutAndPrintable(sums);

            XSSFSheet without = workbook.getSheetAt(UNITS + 1);
            assertThat(without.getLastRowNum()).as("past the rows kept in memory").isEqualTo(3 + MISSING + PENDING - 1);
            assertThat(without.getRow(3).getCell(1).getStringCellValue()).isEqualTo(ProvinceTables.code(UNITS + 1));
            XSSFRow last = without.getRow(without.getLastRowNum());
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(MISSING + PENDING);
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo(ProvinceTables.name(UNITS + MISSING + PENDING));
            assertThat(last.getCell(3).getStringCellValue()).isEqualTo("Chưa có báo cáo được chấp nhận");
            assertThat(without.getPrintSetup().getLandscape()).isFalse();
            assertThat(without.getProtect()).isTrue();

            assertCachedResultsAreWhatTheFormulasCompute(workbook);
        }
    }

    private interface Figure {
        long of(int indicator, int period);
    }

    /** Each indicator's figures, copied rows as formulas on their source, totals by each row's rule. */
    private static void assertFigures(XSSFSheet sheet, Figure expected) {
        for (int i = 0; i < INDICATORS.size(); i++) {
            Indicator indicator = INDICATORS.get(i);
            XSSFRow row = sheet.getRow(LAYOUT.rowOf(indicator.code()));
            assertThat(row.getCell(TableLayout.LABEL_COLUMN).getStringCellValue()).isEqualTo(indicator.label());
            for (int p = 0; p < ProvinceTables.PERIODS.size(); p++) {
                XSSFCell cell = row.getCell(LAYOUT.periodColumn(p));
                assertThat(cell.getCellType()).isEqualTo(indicator.copyOf() == null ? CellType.NUMERIC : CellType.FORMULA);
                assertThat(cell.getNumericCellValue()).as("%s %s", sheet.getSheetName(), cell.getAddress())
                        .isEqualTo(expected.of(i, p));
            }
            int line = i;
            long total = indicator.total() == TotalRule.LAST ? expected.of(i, ProvinceTables.PERIODS.size() - 1)
                    : IntStream.range(0, ProvinceTables.PERIODS.size()).mapToLong(p -> expected.of(line, p)).sum();
            XSSFCell cell = row.getCell(LAYOUT.totalColumn());
            assertThat(cell.getCellFormula()).startsWith("IF(COUNT(");
            assertThat(cell.getNumericCellValue()).as("%s %s", sheet.getSheetName(), cell.getAddress()).isEqualTo(total);
        }
    }

    private static void assertLaidOutAndPrintable(XSSFSheet sheet) {
        assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Số liệu theo kỳ");
        assertThat(sheet.getRow(6).getCell(7).getStringCellValue()).isEqualTo("Tính đến 30/6/2020");
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:J1"), CellRangeAddress.valueOf("D6:H6"),
                CellRangeAddress.valueOf("J6:J7"));
        CellRangeAddress header = sheet.getRepeatingRows();
        assertThat(List.of(header.getFirstRow(), header.getLastRow()))
                .containsExactly(TableLayout.HEADER_ROW, TableLayout.HEADER_ROW + 1);
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 7);
        assertThat(sheet.getColumnWidth(TableLayout.LABEL_COLUMN)).isEqualTo(58 * 256);
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getProtect()).isTrue();
        assertThat(sheet.getDataValidations()).as("nothing to type in").isEmpty();
        XSSFRow i01 = sheet.getRow(LAYOUT.rowOf("I01"));
        assertThat(i01.getHeightInPoints()).isGreaterThan(sheet.getDefaultRowHeightInPoints());
        assertThat(i01.getCell(LAYOUT.periodColumn(0)).getCellStyle().getDataFormatString()).isEqualTo(TableStyles.NUMBER_FORMAT);
        assertThat(i01.getCell(LAYOUT.periodColumn(0)).getCellStyle().getLocked()).isTrue();
        assertThat(i01.getCell(LAYOUT.totalColumn()).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo(TableStyles.FONT);
    }

    /** What a viewer that does not calculate shows is what the formulas give. */
    private static void assertCachedResultsAreWhatTheFormulasCompute(XSSFWorkbook workbook) {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            for (Row row : workbook.getSheetAt(s)) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formulas++;
                    CellValue computed = evaluator.evaluate(cell);
                    assertThat(cell.getCachedFormulaResultType()).as(cell.getAddress().toString())
                            .isEqualTo(computed.getCellType());
                    if (computed.getCellType() == CellType.NUMERIC) {
                        assertThat(cell.getNumericCellValue()).isEqualTo(computed.getNumberValue());
                    } else {
                        assertThat(cell.getStringCellValue()).isEqualTo(computed.getStringValue());
                    }
                }
            }
        }
        assertThat(formulas).isEqualTo((UNITS + 1) * (INDICATORS.size() + ProvinceTables.PERIODS.size()));
    }

    private static long total(int unit, int indicator) {
        long sum = 0;
        for (int p = 0; p < ProvinceTables.PERIODS.size(); p++) {
            sum += ProvinceTables.value(unit, indicator, p);
        }
        return sum;
    }

    private static Indicator indicator(String code) {
        return INDICATORS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static ReportContent withBlank(ReportContent content) {
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        content.values().forEach((indicator, periods) -> values.put(indicator, new LinkedHashMap<>(periods)));
        String period = ProvinceTables.PERIODS.get(BLANK_PERIOD).code();
        values.get(BLANK_INDICATOR).put(period, null);
        values.get("I18").put(period, null);
        return new ReportContent(values, Map.of(), Map.of());
    }

    private interface Build {
        byte[] run() throws IOException;
    }

    /** Runs {@code build} with POI's temporary files in {@code directory}, counting them. */
    private static byte[] withTemporaryFilesIn(Path directory, AtomicInteger created, Build build) throws IOException {
        TempFileCreationStrategy inDirectory = new DefaultTempFileCreationStrategy(directory.toFile());
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                created.incrementAndGet();
                return inDirectory.createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return inDirectory.createTempDirectory(prefix);
            }
        });
        try {
            return build.run();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }
}

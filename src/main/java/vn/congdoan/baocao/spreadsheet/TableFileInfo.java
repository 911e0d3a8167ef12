package vn.congdoan.baocao.spreadsheet;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a table file is for, on a very hidden sheet (Excel's menus cannot show it): the cycle, the
 * template version its layout follows, and which sheet holds which unit's table.
 *
 * @param unitSheets unit code → sheet name
 */
record TableFileInfo(long cycle, String template, int templateVersion, Map<String, String> unitSheets,
                     boolean earlierColumn) {

    static final String SHEET = "Thông tin tệp";
    private static final String CYCLE = "cycle";
    private static final String TEMPLATE = "template";
    private static final String UNIT_SHEET = "unitSheet";
    /** The unit's sheet has the earlier cycle's figures before the periods (files written before have none). */
    private static final String EARLIER_COLUMN = "earlierColumn";

    TableFileInfo(long cycle, String template, int templateVersion, Map<String, String> unitSheets) {
        this(cycle, template, templateVersion, unitSheets, false);
    }

    void writeTo(Workbook workbook) {
        Sheet sheet = workbook.createSheet(SHEET);
        int r = 0;
        row(sheet, r++, "Trang này cho biết tệp thuộc đợt báo cáo và đơn vị nào; xin đừng sửa.");
        row(sheet, r++, CYCLE, String.valueOf(cycle));
        row(sheet, r++, TEMPLATE, template, String.valueOf(templateVersion));
        for (Map.Entry<String, String> unit : unitSheets.entrySet()) {
            row(sheet, r++, UNIT_SHEET, unit.getKey(), unit.getValue());
        }
        if (earlierColumn) {
            row(sheet, r, EARLIER_COLUMN, "true");
        }
        TableSheet.settings(sheet).enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The file's information, or null when it has none (not a table written here). */
    static TableFileInfo readFrom(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            return null;
        }
        DataFormatter text = new DataFormatter();
        Long cycle = null;
        String template = null;
        Integer version = null;
        Map<String, String> units = new LinkedHashMap<>();
        boolean earlier = false;
        for (Row row : sheet) {
            String key = text.formatCellValue(row.getCell(0));
            String first = text.formatCellValue(row.getCell(1));
            String second = text.formatCellValue(row.getCell(2));
            try {
                switch (key) {
                    case CYCLE -> cycle = Long.parseLong(first);
                    case TEMPLATE -> {
                        template = first;
                        version = Integer.parseInt(second);
                    }
                    case UNIT_SHEET -> units.put(first, second);
                    case EARLIER_COLUMN -> earlier = "true".equals(first);
                    default -> { }
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return cycle == null || template == null ? null : new TableFileInfo(cycle, template, version, units, earlier);
    }

    private static void row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < texts.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(texts[c]);
        }
    }
}

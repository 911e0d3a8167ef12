package vn.congdoan.baocao.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of a table workbook, made once per workbook: Times New Roman throughout. */
final class TableStyles {

    static final String FONT = "Times New Roman";
    static final short SIZE = 12;
    /**
     * Whole numbers grouped by thousands in Vietnamese: LibreOffice then prints 1.234.567, as the documents
     * do, whatever the computer's language; Excel groups with the separator of the computer's settings.
     */
    static final String NUMBER_FORMAT = "[$-42A]#,##0";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle groupText;
    final CellStyle groupCentered;
    final CellStyle text;
    final CellStyle centered;
    final CellStyle number;
    final CellStyle editableNumber;
    final CellStyle totalNumber;
    /** The earlier cycle's figures: read-only, set apart in italics on grey. */
    final CellStyle earlierNumber;
    final CellStyle note;

    TableStyles(Workbook workbook) {
        // the workbook's default font, used by empty cells and new rows
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(SIZE);
        Font bold = font(workbook, true, false, SIZE);
        short numberFormat = workbook.createDataFormat().getFormat(NUMBER_FORMAT);

        title = style(workbook, font(workbook, true, false, (short) 14), HorizontalAlignment.CENTER, false);
        subtitle = style(workbook, font(workbook, false, true, SIZE), HorizontalAlignment.CENTER, false);
        plain = style(workbook, font(workbook, false, false, SIZE), HorizontalAlignment.LEFT, false);
        header = bordered(style(workbook, bold, HorizontalAlignment.CENTER, true));
        groupText = bordered(style(workbook, bold, HorizontalAlignment.LEFT, true));
        groupCentered = bordered(style(workbook, bold, HorizontalAlignment.CENTER, true));
        text = bordered(style(workbook, font(workbook, false, false, SIZE), HorizontalAlignment.LEFT, true));
        centered = bordered(style(workbook, font(workbook, false, false, SIZE), HorizontalAlignment.CENTER, true));
        number = bordered(style(workbook, font(workbook, false, false, SIZE), HorizontalAlignment.RIGHT, false));
        number.setDataFormat(numberFormat);
        editableNumber = bordered(style(workbook, font(workbook, false, false, SIZE), HorizontalAlignment.RIGHT, false));
        editableNumber.setDataFormat(numberFormat);
        editableNumber.setLocked(false);
        totalNumber = bordered(style(workbook, bold, HorizontalAlignment.RIGHT, false));
        totalNumber.setDataFormat(numberFormat);
        earlierNumber = bordered(style(workbook, font(workbook, false, true, SIZE), HorizontalAlignment.RIGHT, false));
        earlierNumber.setDataFormat(numberFormat);
        earlierNumber.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        earlierNumber.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        note = style(workbook, font(workbook, false, true, (short) 11), HorizontalAlignment.LEFT, true);
    }

    private static Font font(Workbook workbook, boolean bold, boolean italic, short size) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(size);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}

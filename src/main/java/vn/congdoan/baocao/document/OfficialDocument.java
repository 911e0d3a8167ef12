package vn.congdoan.baocao.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Vietnamese administrative document as Decree 30/2020/NĐ-CP lays it out, the page every .docx of
 * the application is written on: A4, margins 20/20/30/15 mm, Times New Roman, the header table
 * (bodies and number on the left, national name and motto, place and date on the right), a bold
 * title, justified body text with a first-line indent, "Nơi nhận:" beside the signature block, page
 * numbers centred at the top from page 2, and each appendix a section of its own (landscape for a wide
 * table), numbered on its own as Decree 30 numbers an appendix.
 */
final class OfficialDocument implements AutoCloseable {

    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 14;
    /** Twentieths of a point: A4 is 11 906 × 16 838, one millimetre about 56.7. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String LANGUAGE = "vi-VN";
    /** Characters XML 1.0 does not allow: C0 controls but tab and line ends, U+FFFE/U+FFFF, unpaired surrogates. */
    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|\\p{Cs}");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");
    /** About three lines of body text. */
    private static final int SHORT_PARAGRAPH = 240;
    /** The height of the paragraph that ends a section: one point, in twentieths of a point. */
    private static final int SECTION_END_LINE = 20;

    /** The top of the first page. */
    record Heading(String superior, String issuer, String number, String placeAndDate) {
    }

    /** Who signs, on whose behalf. */
    record Signature(String authority, String title, String name) {
    }

    private final XWPFDocument document = new XWPFDocument();

    OfficialDocument() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        page(section, false);
        // no number on the first page, centred numbers from the second
        section.addNewTitlePg();
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader numbered = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var digits = field.addNewR();
        var fonts = digits.addNewRPr().addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        digits.getRPr().addNewSz().setVal(BigInteger.valueOf(26));
        digits.addNewT().setStringValue("2");
    }

    void heading(Heading heading) {
        document.getProperties().getCoreProperties().setCreator(heading.issuer());
        XWPFTable table = borderless(38);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        boolean superior = heading.superior() != null && !heading.superior().isBlank();
        if (superior) {
            centred(left, 0, heading.superior().toUpperCase(VIETNAMESE), 12, false, false);
        }
        centred(left, superior ? -1 : 0, heading.issuer().toUpperCase(VIETNAMESE), 13, true, false);
        rule(left, 1050);
        centred(left, -1, heading.number(), 13, false, false);
        centred(right, 0, NATION, 12, true, false);
        centred(right, -1, MOTTO, 14, true, false);
        rule(right, 1150);
        centred(right, -1, heading.placeAndDate(), 14, false, true);
    }

    void title(String title, String subtitle) {
        document.getProperties().getCoreProperties().setTitle(subtitle == null ? title : title + " " + subtitle);
        XWPFParagraph first = paragraph(ParagraphAlignment.CENTER, 240, 0);
        run(first, title.toUpperCase(VIETNAMESE), BODY_SIZE, true, false);
        if (subtitle != null) {
            run(paragraph(ParagraphAlignment.CENTER, 0, 240), subtitle, BODY_SIZE, true, false);
        }
    }

    /** A heading of the body, bold. */
    void sectionHeading(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 120, 60);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, BODY_SIZE, true, false);
    }

    /** Text as users typed it: a paragraph per line, "- " items kept as they were written, blank lines dropped. */
    void body(String text) {
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 0, 120);
            paragraph.setIndentationFirstLine(567);
            run(paragraph, line.strip(), BODY_SIZE, false, false);
        }
    }

    /** Fixed wording (not users' text): a paragraph where **bold** and *italic* mark words. */
    void wording(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 0, 120);
        paragraph.setIndentationFirstLine(567);
        Matcher marked = EMPHASIS.matcher(text);
        int at = 0;
        while (marked.find()) {
            if (marked.start() > at) {
                run(paragraph, text.substring(at, marked.start()), BODY_SIZE, false, false);
            }
            boolean bold = marked.group(1) != null;
            run(paragraph, bold ? marked.group(1) : marked.group(2), BODY_SIZE, bold, !bold);
            at = marked.end();
        }
        if (at < text.length()) {
            run(paragraph, text.substring(at), BODY_SIZE, false, false);
        }
    }

    /**
     * "Nơi nhận:" and its items on the left, the signature block on the right. Items end with ";" and the
     * last with ".", as Decree 30 writes them, unless they already end with a stop.
     */
    void closing(List<String> recipients, Signature signature) {
        // a short last paragraph goes over with the closing rather than leave it alone on a page; a long
        // one would be moved whole by LibreOffice, leaving most of a page empty
        List<IBodyElement> body = document.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFParagraph last
                && last.getText().length() <= SHORT_PARAGRAPH) {
            last.setKeepNext(true);
        }
        paragraph(ParagraphAlignment.LEFT, 0, 0).setKeepNext(true);
        XWPFTable table = borderless(45);
        // recipients and signature on one page: a row cut by the page left the signer's name, or only the
        // blank lines of the signature, on a page of their own
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph to = left.getParagraphs().get(0);
        run(to, "Nơi nhận:", 12, true, true);
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i).strip();
            boolean stopped = recipient.endsWith(";") || recipient.endsWith(",") || recipient.endsWith(".");
            String stop = stopped ? "" : i == recipients.size() - 1 ? "." : ";";
            run(left.addParagraph(), "- " + recipient + stop, 11, false, false);
        }
        boolean authority = signature.authority() != null && !signature.authority().isBlank();
        if (authority) {
            centred(right, 0, signature.authority().toUpperCase(VIETNAMESE), 14, true, false);
        }
        centred(right, authority ? -1 : 0, signature.title() == null ? "" : signature.title().toUpperCase(VIETNAMESE),
                14, true, false);
        for (int i = 0; i < 4; i++) {
            centred(right, -1, "", 14, false, false);
        }
        centred(right, -1, signature.name() == null ? "" : signature.name(), 14, true, false);
    }

    /**
     * Ends the part before; what follows is an appendix on pages of its own, A4 landscape for a wide table.
     * Decree 30 numbers an appendix on its own: its pages count again from 1, and its first page shows no
     * number, as the document's first page does not.
     */
    void startAppendix(boolean landscape) {
        CTSectPr next = document.getDocument().getBody().getSectPr();
        // the part before ends with a paragraph that holds its section; it takes no line, so that after a
        // table that fills the page it cannot make a page of its own
        XWPFParagraph end = document.createParagraph();
        end.setSpacingBefore(0);
        end.setSpacingAfter(0);
        CTPPr properties = end.getCTP().getPPr();
        properties.getSpacing().setLine(BigInteger.valueOf(SECTION_END_LINE));
        properties.getSpacing().setLineRule(STLineSpacingRule.EXACT);
        properties.addNewRPr().addNewSz().setVal(BigInteger.TWO); // half-points: the mark one point high
        properties.addNewSectPr().set(next.copy());
        page(next, landscape);
        (next.isSetPgNumType() ? next.getPgNumType() : next.addNewPgNumType()).setStart(BigInteger.ONE);
    }

    /** A bold centred line, as appendix titles are. */
    void centredLine(String text, int size, boolean bold, boolean italic) {
        run(paragraph(ParagraphAlignment.CENTER, 0, 60), text, size, bold, italic);
    }

    /** The width the text has on a landscape page, in twentieths of a point. */
    static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int PORTRAIT_TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /**
     * A bordered table with fixed column widths (twentieths of a point); the first row repeats on each page
     * and no row is cut by a page, so that a label is never read in two halves.
     */
    XWPFTable table(int rows, int[] widths) {
        XWPFTable table = fixed(document.createTable(rows, widths.length), widths);
        table.getRow(0).setRepeatHeader(true);
        table.getRows().forEach(row -> row.setCantSplitRow(true));
        return table;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /**
     * A run in Times New Roman, text in Unicode NFC (combining marks composed, as Vietnamese fonts expect).
     * A tab stays a tab; control characters that XML cannot hold (pasted from other programs) are left out,
     * where the file would otherwise show them as "?".
     */
    static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        // Word then checks the spelling as Vietnamese rather than marking every word
        run.setLang(LANGUAGE);
        String clean = NOT_IN_XML.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        String[] pieces = clean.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(pieces[i], i);
        }
        return run;
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return paragraph;
    }

    private static void centred(XWPFTableCell cell, int index, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph paragraph = index == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, size, bold, italic);
    }

    /** A short line under a heading line, as Decree 30 draws it: a bottom border on an indented empty paragraph. */
    private static void rule(XWPFTableCell cell, int indent) {
        XWPFParagraph rule = cell.addParagraph();
        rule.setBorderBottom(Borders.SINGLE);
        rule.setIndentationLeft(indent);
        rule.setIndentationRight(indent);
        rule.setSpacingAfter(120);
        run(rule, "", 2, false, false);
    }

    /** A two-column table without borders across the portrait text width, as the header and the closing are. */
    private XWPFTable borderless(int leftPercent) {
        int left = PORTRAIT_TEXT_WIDTH * leftPercent / 100;
        XWPFTable table = fixed(document.createTable(1, 2), new int[] {left, PORTRAIT_TEXT_WIDTH - left});
        table.removeBorders();
        return table;
    }

    /** Fixed column widths (twentieths of a point), written in the grid and in every cell, as Word and LibreOffice read them. */
    private static XWPFTable fixed(XWPFTable table, int[] widths) {
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        return table;
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }
}

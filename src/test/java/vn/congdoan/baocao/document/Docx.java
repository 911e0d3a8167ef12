package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Reading a generated .docx back with POI, and the checks every official document passes. */
final class Docx {

    private Docx() {
    }

    /** Opens the file, after keeping a copy under target/documents for the render script. */
    static XWPFDocument open(byte[] file, String name) {
        try {
            Files.createDirectories(Path.of("target/documents"));
            Files.write(Path.of("target/documents", name), file);
            return new XWPFDocument(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A4 portrait for the text, each appendix a section of its own on new pages and the last one (the
     * table) A4 landscape, margins 20/20/30/15 mm in all; no page number on page 1 and, as Decree 30
     * numbers an appendix on its own, each appendix numbered again from 1, its first page unnumbered too.
     * A paragraph that ends a section holds nothing and takes no line, so that it never makes a page of its
     * own after a table that fills one. Every run in Times New Roman, every text in NFC.
     */
    static void assertOfficialPages(XWPFDocument document) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().isSetSectPr()) {
                sections.add(paragraph.getCTP().getPPr().getSectPr());
                assertThat(paragraph.getText()).isEmpty();
                CTSpacing spacing = paragraph.getCTP().getPPr().getSpacing();
                assertThat(spacing).as("the line height of the paragraph that ends a section").isNotNull();
                assertThat(spacing.getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
                assertThat(((BigInteger) spacing.getLine()).intValue()).as("twentieths of a point")
                        .isLessThanOrEqualTo(20);
                assertThat(List.of(spacing.getBefore(), spacing.getAfter())).containsOnly(BigInteger.ZERO);
            }
        }
        sections.add(document.getDocument().getBody().getSectPr());
        assertThat(sections).as("the text and at least one appendix").hasSizeGreaterThanOrEqualTo(2);
        CTSectPr portrait = sections.get(0);
        CTSectPr landscape = sections.get(sections.size() - 1);
        assertThat(List.of(portrait.getPgSz().getW(), portrait.getPgSz().getH()))
                .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
        assertThat(List.of(landscape.getPgSz().getW(), landscape.getPgSz().getH()))
                .containsExactly(BigInteger.valueOf(16838), BigInteger.valueOf(11906));
        for (CTSectPr section : sections) {
            assertThat(List.of(section.getPgMar().getTop(), section.getPgMar().getBottom(), section.getPgMar().getLeft(),
                    section.getPgMar().getRight())).containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134),
                    BigInteger.valueOf(1701), BigInteger.valueOf(850));
            assertThat(section.isSetTitlePg()).as("no page number on the first page of each part").isTrue();
        }
        assertThat(portrait.isSetPgNumType()).as("the text is numbered from 1").isFalse();
        for (CTSectPr appendix : sections.subList(1, sections.size())) {
            assertThat(appendix.getPgNumType().getStart()).as("an appendix numbered on its own")
                    .isEqualTo(BigInteger.ONE);
        }
        XWPFHeader numbered = document.getHeaderFooterPolicy().getDefaultHeader();
        assertThat(numbered.getParagraphs()).singleElement().satisfies(p -> {
            assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(p.getCTP().getFldSimpleList()).singleElement()
                    .satisfies(field -> assertThat(field.getInstr()).isEqualTo("PAGE"));
        });
        assertThat(document.getHeaderFooterPolicy().getFirstPageHeader().getText()).as("page 1 unnumbered").isBlank();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            paragraph.getRuns().forEach(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            paragraph.getRuns().forEach(run -> assertThat(run.getLang()).isEqualTo("vi-VN"));
            assertThat(Normalizer.isNormalized(paragraph.getText(), Normalizer.Form.NFC)).isTrue();
        }
    }

    /** The header table: left the bodies and the number, right the nation, the motto and the place and date. */
    static void assertHeading(XWPFDocument document, List<String> left, String placeAndDate) {
        XWPFTable header = document.getTables().get(0);
        List<XWPFParagraph> bodies = header.getRow(0).getCell(0).getParagraphs().stream()
                .filter(p -> !p.getText().isEmpty()).toList();
        assertThat(bodies).extracting(XWPFParagraph::getText).containsExactlyElementsOf(left);
        if (left.size() == 3) {
            assertRun(bodies.get(0), 12, false, false);
        }
        assertRun(bodies.get(left.size() - 2), 13, true, false);
        assertRun(bodies.get(left.size() - 1), 13, false, false);
        List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
        assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertRun(right.get(0), 12, true, false);
        assertThat(right.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertRun(right.get(1), 14, true, false);
        assertThat(right.get(3).getText()).isEqualTo(placeAndDate);
        assertRun(right.get(3), 14, false, true);
    }

    /** "Nơi nhận:" and its items, and the signature block's lines that are not blank. */
    static void assertClosing(XWPFDocument document, List<String> recipients, List<String> signature) {
        XWPFTable closing = document.getTables().get(1);
        assertThat(closing.getRow(0).isCantSplitRow()).as("recipients and signature on one page").isTrue();
        List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
        assertThat(left.get(0).getText()).isEqualTo("Nơi nhận:");
        assertRun(left.get(0), 12, true, true);
        assertThat(left.subList(1, left.size())).extracting(XWPFParagraph::getText).containsExactlyElementsOf(recipients);
        left.subList(1, left.size()).forEach(p -> assertRun(p, 11, false, false));
        List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs().stream()
                .filter(p -> !p.getText().isEmpty()).toList();
        assertThat(right).extracting(XWPFParagraph::getText).containsExactlyElementsOf(signature);
        right.forEach(p -> assertRun(p, 14, true, false));
    }

    /** An appendix table: no row broken across pages, the header row repeated on each page. */
    static void assertRowsKeptWhole(XWPFTable table) {
        assertThat(table.getRow(0).isRepeatHeader()).as("the header row repeats").isTrue();
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            assertThat(table.getRow(r).isCantSplitRow()).as("row " + r + " kept on one page").isTrue();
        }
    }

    /** The text of every paragraph of the body that is not blank, in order (tables left out). */
    static List<String> texts(XWPFDocument document) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                texts.add(paragraph.getText());
            }
        }
        return texts;
    }

    static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph «" + text + "»"));
    }

    static XWPFTable lastTable(XWPFDocument document) {
        return document.getTables().get(document.getTables().size() - 1);
    }

    static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    static void assertRun(XWPFParagraph paragraph, int size, boolean bold, boolean italic) {
        assertThat(paragraph.getRuns()).as(paragraph.getText()).isNotEmpty();
        for (XWPFRun run : paragraph.getRuns()) {
            assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).as(paragraph.getText()).isEqualTo(size);
            assertThat(run.isBold()).as(paragraph.getText()).isEqualTo(bold);
            assertThat(run.isItalic()).as(paragraph.getText()).isEqualTo(italic);
        }
    }
}

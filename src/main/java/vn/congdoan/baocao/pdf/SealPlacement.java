package vn.congdoan.baocao.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the organisation's signature goes (Decree 30/2020, Appendix I): over the signer's block, covering
 * the left third of the signature, between the title and the signer's name. Found in the PDF as printed,
 * so that it follows the page on which the block fell.
 */
final class SealPlacement {

    static final float WIDTH = 170;
    static final float HEIGHT = 50;
    private static final float MIN_SIGNATURE_WIDTH = 120;
    private static final float GAP = 6;
    /** A block whose name is not printed: the signature's blank lines under the title, as the documents set them. */
    private static final float SIGNATURE_SPACE = 70;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Page (from 1) and box from the page's top-left corner, in points. */
    record Box(int page, float x, float y, float width, float height) {
    }

    private record Line(int page, String key, float left, float right, float top, float bottom) {
    }

    private SealPlacement() {
    }

    static Optional<Box> find(byte[] pdf, SignerBlock block) {
        List<Line> lines = lines(pdf);
        String titleKey = key(block.title());
        String nameKey = key(block.name());
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line title = lines.get(i);
            if (titleKey.isEmpty() || !title.key().equals(titleKey)) {
                continue;
            }
            Line name = nameKey.isEmpty() ? null : lines.stream().skip(i + 1)
                    .filter(l -> l.page() == title.page() && l.key().equals(nameKey)).findFirst().orElse(null);
            float left = name == null ? title.left() : Math.min(title.left(), name.left());
            float right = name == null ? title.right() : Math.max(title.right(), name.right());
            float spaceTop = title.bottom();
            float spaceBottom = name == null ? spaceTop + SIGNATURE_SPACE : name.top();
            float centre = (left + right) / 2;
            float signatureWidth = Math.max(right - left, MIN_SIGNATURE_WIDTH);
            float y = spaceTop + Math.max(0, (spaceBottom - spaceTop - HEIGHT) / 2);
            // the box's right edge a third into the signature, which is centred on the block; never over
            // the text beside the block ("Nơi nhận:" and its items)
            float x = Math.max(centre - signatureWidth / 6 - WIDTH, besideBlock(lines, title.page(), left, y) + GAP);
            return Optional.of(new Box(title.page(), x, y, WIDTH, HEIGHT));
        }
        return Optional.empty();
    }

    /** Where the text left of the block ends at the height of the box. */
    private static float besideBlock(List<Line> lines, int page, float blockLeft, float y) {
        return (float) lines.stream()
                .filter(l -> l.page() == page && l.right() < blockLeft && l.bottom() > y && l.top() < y + HEIGHT)
                .mapToDouble(Line::right).max().orElse(0);
    }

    private static List<Line> lines(byte[] pdf) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty()) {
                        return;
                    }
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    float top = Float.MAX_VALUE;
                    float bottom = 0;
                    for (TextPosition p : positions) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                        top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                        bottom = Math.max(bottom, p.getYDirAdj());
                    }
                    lines.add(new Line(getCurrentPageNo(), key(text), left, right, top, bottom));
                }
            };
            stripper.writeText(document, new StringWriter());
        } catch (IOException e) {
            throw new IllegalStateException("A converted document cannot be read back", e);
        }
        return lines;
    }

    /** A line as compared: NFC, upper case, without spaces (the PDF's text may split or join words). */
    private static String key(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(VIETNAMESE)
                .replaceAll("\\s+", "");
    }
}

package vn.congdoan.baocao.dispatch;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of a page with where they are printed, from the page's top-left corner, in points. */
record TextLines(List<Line> lines) {

    record Line(String text, float left, float right, float top, float bottom) {
    }

    static TextLines of(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                lines.add(new Line(text.strip(),
                        (float) positions.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0),
                        (float) positions.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElse(0),
                        (float) positions.stream().mapToDouble(p -> p.getYDirAdj() - p.getHeightDir()).min().orElse(0),
                        (float) positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0)));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(document, new StringWriter());
        return new TextLines(lines);
    }

    Line find(String text) {
        return lines.stream().filter(l -> l.text().equals(text)).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no line «" + text + "» among " + lines));
    }
}

package vn.congdoan.baocao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.template.DocumentTexts;
import vn.congdoan.baocao.template.OutlineSection;

/**
 * The plan as the province issues it: the header with the cycle's number, place and date, the title,
 * the template's body (sections I–IV) with the cycle's deadlines, recipients and signature; Appendix 01,
 * the outline, and Appendix 02, the blank indicator table with the cycle's periods (landscape), each on
 * pages of its own numbered on their own.
 */
final class PlanDocument {

    private PlanDocument() {
    }

    static byte[] write(CycleView cycle, ReportForm form, DocumentTexts.PlanTexts texts) {
        Map<String, String> fields = DocumentFields.of(cycle, null);
        try (OfficialDocument document = new OfficialDocument()) {
            document.heading(new OfficialDocument.Heading(cycle.superior(), cycle.issuer(),
                    "Số: " + cycle.printedPlanNumber(), cycle.place() + ", " + DocumentDates.longDate(cycle.printedPlanDate())));
            document.title(texts.title(), cycle.title());
            if (texts.opening() != null) {
                document.wording(DocumentFields.fill(texts.opening(), fields));
            }
            for (DocumentTexts.Block block : texts.body()) {
                if (block.heading() != null) {
                    document.sectionHeading(DocumentFields.fill(block.heading(), fields));
                } else {
                    document.wording(DocumentFields.fill(block.text(), fields));
                }
            }
            document.closing(cycle.recipients(), new OfficialDocument.Signature(cycle.signer().authority(),
                    cycle.signer().title(), cycle.signer().name()));

            document.startAppendix(false);
            document.centredLine("Phụ lục số 01", 14, true, false);
            if (texts.outlineCaption() != null) {
                document.centredLine(DocumentFields.fill(texts.outlineCaption(), fields), 13, false, true);
            }
            document.centredLine(form.template().outlineTitle(), 14, true, false);
            if (form.template().outlineSubtitle() != null) {
                document.centredLine(form.template().outlineSubtitle(), 14, true, false);
            }
            outline(document, form.template().outline());

            document.startAppendix(true);
            document.centredLine("Phụ lục số 02", 14, true, false);
            if (texts.tableCaption() != null) {
                document.centredLine(Documents.planTableCaption(cycle, texts), 13, false, true);
            }
            document.centredLine(form.template().tableTitle(), 14, true, false);
            AppendixTable.write(document, form, Map.of(), Map.of());
            return document.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parts centred, their first divisions as headings, the rest as lines, each followed by its lead
     * and its points.
     */
    private static void outline(OfficialDocument document, List<OutlineSection> sections) {
        Map<String, Integer> depth = new HashMap<>();
        for (OutlineSection section : sections) {
            int level = section.parent() == null ? 0 : depth.getOrDefault(section.parent(), 0) + 1;
            depth.put(section.code(), level);
            if (level == 0) {
                document.centredLine("", 14, false, false);
                document.centredLine(section.number(), 14, true, false);
                document.centredLine(section.title(), 14, true, false);
            } else if (level == 1) {
                document.sectionHeading(section.number() + " " + section.title());
            } else {
                document.wording(section.number() + " " + section.title());
            }
            section.guidance().forEach(document::wording);
        }
    }
}

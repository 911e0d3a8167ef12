package vn.congdoan.baocao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.template.DocumentTexts;

/**
 * A unit's report as it is printed and signed: the unit under the province in the header, the
 * outline's sections in order with the unit's texts, the closing, and the indicator table as a
 * landscape appendix with the values and totals as stored. What the data does not hold (the
 * document's number, in the header and in the appendix's caption, the place, the signer's name) is left
 * blank to be written in by hand.
 */
final class UnitReportDocument {

    static final String BLANK = "…………";

    private UnitReportDocument() {
    }

    static byte[] write(CycleView cycle, ReportForm form, DocumentTexts.ReportTexts texts, ReportView report) {
        // the number is the unit registry's to write in, here and in the appendix's caption
        LocalDate signed = report.submittedAt() == null ? null : report.submittedAt().toLocalDate();
        Map<String, String> fields = DocumentFields.ofReport(cycle, report.unitName(), null, signed);
        try (OfficialDocument document = new OfficialDocument()) {
            String kind = cycle.units().stream().filter(u -> u.code().equals(report.unit())).map(u -> u.kind())
                    .findFirst().orElse(null);
            document.heading(new OfficialDocument.Heading(cycle.issuer(), report.unitName(),
                    DocumentFields.fill(texts.number(kind), fields), BLANK + ", " + DocumentDates.longDate(signed)));
            document.title(texts.title(), cycle.title());
            OutlineText.write(document, form, report.sections());
            document.closing(texts.recipients().stream().map(r -> DocumentFields.fill(r, fields)).toList(),
                    new OfficialDocument.Signature(texts.signature().authority(), texts.signature().title(), null));
            document.startAppendix(true);
            document.centredLine("PHỤ LỤC", 14, true, false);
            document.centredLine(form.template().tableTitle(), 14, true, false);
            if (texts.appendixCaption() != null) {
                document.centredLine(DocumentFields.fill(texts.appendixCaption(), fields), 13, false, true);
            }
            AppendixTable.ofUnit(document, form, report.values());
            return document.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

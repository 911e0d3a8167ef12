package vn.congdoan.baocao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.province.SubmissionRecord;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.template.DocumentTexts;

/**
 * The provincial report to the national federation: the province's texts on the outline, signed by
 * the cycle's signer and sent to the cycle's report recipients, and the aggregated table as a
 * landscape appendix, with the units whose figures it does not hold named under it. Once the sending
 * is recorded, its number and date are printed, in the header and in the appendix's caption; before,
 * they are left blank.
 */
final class ProvinceReportDocument {

    private ProvinceReportDocument() {
    }

    static byte[] write(CycleView cycle, List<String> recipients, ReportForm form, DocumentTexts.ReportTexts texts,
                        ProvinceReportView report, SubmissionRecord sent) {
        Map<String, String> fields = DocumentFields.ofReport(cycle, null, sent == null ? null : sent.documentNumber(),
                sent == null ? null : sent.sentOn());
        try (OfficialDocument document = new OfficialDocument()) {
            document.heading(new OfficialDocument.Heading(cycle.superior(), cycle.issuer(),
                    sent == null ? DocumentFields.fill(texts.number(), fields) : "Số: " + sent.documentNumber(),
                    cycle.place() + ", " + DocumentDates.longDate(sent == null ? null : sent.sentOn())));
            document.title(texts.title(), cycle.title());
            OutlineText.write(document, form, report.sections());
            document.closing(recipients, new OfficialDocument.Signature(cycle.signer().authority(),
                    cycle.signer().title(), cycle.signer().name()));

            AggregateView aggregate = report.aggregate();
            document.startAppendix(true);
            document.centredLine("PHỤ LỤC", 14, true, false);
            document.centredLine(form.template().tableTitle(), 14, true, false);
            if (texts.appendixCaption() != null) {
                document.centredLine(DocumentFields.fill(texts.appendixCaption(), fields), 13, false, true);
            }
            document.centredLine(coverage(aggregate), 13, false, true);
            Map<String, Map<String, Long>> values = new HashMap<>();
            Map<String, Long> totals = new HashMap<>();
            for (AggregateView.Row row : aggregate.rows()) {
                values.put(row.indicator(), row.values());
                totals.put(row.indicator(), row.total());
            }
            AppendixTable.write(document, form, values, totals);
            unitList(document, "Đơn vị không có báo cáo (không tính vào số liệu):", aggregate.missingUnits());
            unitList(document, "Đơn vị chưa có báo cáo được chấp nhận (không tính vào số liệu tạm tính):",
                    aggregate.pendingUnits());
            return document.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String coverage(AggregateView aggregate) {
        int covered = aggregate.acceptedUnits().size();
        int all = covered + aggregate.missingUnits().size() + aggregate.pendingUnits().size();
        return "(Tổng hợp từ báo cáo của " + covered + "/" + all + " đơn vị"
                + (aggregate.stored() ? "" : "; số liệu tạm tính, đang thu nhận báo cáo") + ")";
    }

    private static void unitList(OfficialDocument document, String heading, List<AggregateView.UnitRef> units) {
        if (units.isEmpty()) {
            return;
        }
        document.sectionHeading(heading);
        for (AggregateView.UnitRef unit : units) {
            document.body("- " + unit.name());
        }
    }
}

package vn.congdoan.baocao.document;

import java.util.Map;

import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.template.OutlineSection;

/** A report's body: every outline heading in order, each followed by its text as written. */
final class OutlineText {

    private OutlineText() {
    }

    static void write(OfficialDocument document, ReportForm form, Map<String, String> texts) {
        for (OutlineSection section : form.template().outline()) {
            document.sectionHeading(section.heading());
            String text = texts.get(section.code());
            if (text != null) {
                document.body(text);
            }
        }
    }
}

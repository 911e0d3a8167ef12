package vn.congdoan.baocao.document;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.pdf.PdfOutput;
import vn.congdoan.baocao.pdf.SignerBlock;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.template.DocumentTexts;
import vn.congdoan.baocao.template.TemplateCatalog;

/** The documents the federation prints and signs, as .docx. */
@Service
@Transactional(readOnly = true)
public class Documents {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PLAN = "/api/cycles/{cycle}/documents/plan.docx";
    public static final String UNIT_REPORT = "/api/cycles/{cycle}/reports/{unit}/report.docx";
    public static final String PROVINCE_REPORT = "/api/cycles/{cycle}/documents/province-report.docx";
    public static final String PLAN_PDF = "/api/cycles/{cycle}/documents/plan.pdf";
    public static final String UNIT_REPORT_PDF = "/api/cycles/{cycle}/reports/{unit}/report.pdf";
    public static final String PROVINCE_REPORT_PDF = "/api/cycles/{cycle}/documents/province-report.pdf";

    private static final String REPORT_RECIPIENTS = "reportRecipients";

    private final ReportService reports;
    private final CycleService cycles;
    private final ProvinceReports provinceReports;
    private final Submissions submissions;
    private final TemplateCatalog templates;
    private final PdfOutput pdf;

    Documents(ReportService reports, CycleService cycles, ProvinceReports provinceReports, Submissions submissions,
              TemplateCatalog templates, PdfOutput pdf) {
        this.reports = reports;
        this.cycles = cycles;
        this.provinceReports = provinceReports;
        this.submissions = submissions;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The provincial report's file name, as downloaded and as mailed. */
    public static String provinceReportFile(long cycle) {
        return "bao-cao-tinh-dot-" + cycle + ".docx";
    }

    /** The provincial report's PDF file name, as downloaded and as mailed. */
    public static String provinceReportPdfFile(long cycle) {
        return "bao-cao-tinh-dot-" + cycle + ".pdf";
    }

    /** Who signs the province's documents, as their closing prints it. */
    public static SignerBlock signerBlock(CycleView cycle) {
        return new SignerBlock(cycle.signer().authority(), cycle.signer().title(), cycle.signer().name());
    }

    public static String provinceReportPdfLink(long cycle) {
        return PROVINCE_REPORT_PDF.replace("{cycle}", String.valueOf(cycle));
    }

    public static String planLink(long cycle) {
        return PLAN.replace("{cycle}", String.valueOf(cycle));
    }

    public static String unitReportLink(long cycle, String unit) {
        return UNIT_REPORT.replace("{cycle}", String.valueOf(cycle)).replace("{unit}", unit);
    }

    public static String provinceReportLink(long cycle) {
        return PROVINCE_REPORT.replace("{cycle}", String.valueOf(cycle));
    }

    /** "(Kèm theo Kế hoạch số … ngày … của …)": Appendix 02's caption, in the plan and on the Excel table. */
    public static String planTableCaption(CycleView cycle, DocumentTexts.PlanTexts texts) {
        return texts.tableCaption() == null ? null : DocumentFields.fill(texts.tableCaption(), DocumentFields.of(cycle, null));
    }

    /**
     * The cycle's recipients of the provincial report; a cycle started before cycles named them takes
     * the template's.
     */
    private List<String> reportRecipients(CycleView cycle) {
        if (!cycle.reportRecipients().isEmpty()) {
            return cycle.reportRecipients();
        }
        List<String> defaults = new ArrayList<>();
        templates.cycleDefault(cycle.template(), cycle.templateVersion(), REPORT_RECIPIENTS)
                .forEach(recipient -> defaults.add(recipient.asText()));
        return defaults;
    }

    /** The template's document texts for the cycle. */
    public DocumentTexts texts(CycleView cycle) {
        return templates.documents(cycle.template(), cycle.templateVersion());
    }

    /** The plan with its appendices; the province reads its drafts, every unit taking part the plan as issued. */
    public byte[] plan(long cycleId, AuthenticatedUser user) {
        boolean unit = reports.readableUnit(cycleId, user).isPresent();
        CycleView cycle = cycles.get(cycleId);
        if (unit && cycle.planIssuedOn() == null) {
            throw new ConflictException("Kế hoạch của đợt báo cáo số " + cycleId
                    + " chưa được ban hành: đơn vị xem được kế hoạch khi Thường trực đã duyệt.");
        }
        return PlanDocument.write(cycle, reports.form(cycleId), texts(cycle).plan());
    }

    /** The plan as PDF/A, signed by the organisation once it is issued (a draft is never signed). */
    public byte[] planPdf(long cycleId, AuthenticatedUser user) {
        byte[] docx = plan(cycleId, user);
        CycleView cycle = cycles.get(cycleId);
        return cycle.planIssuedOn() == null ? pdf.pdfA(docx) : pdf.signedPdfA(docx, signerBlock(cycle));
    }

    /**
     * A unit's report as PDF/A, unsigned: the unit is an organisation of its own and signs with its own
     * certificate; the application holds the province's only.
     */
    public byte[] unitReportPdf(long cycleId, String unitCode, AuthenticatedUser user) {
        return pdf.pdfA(unitReport(cycleId, unitCode, user));
    }

    /** The plan a template version makes from its defaults, before any cycle uses it; for everyone who logs in. */
    public byte[] planPreview(String templateCode, int version) {
        CycleView preview = cycles.preview(templateCode, version);
        return PlanDocument.write(preview, new ReportForm(templates.get(templateCode, version), preview.periods()),
                templates.documents(templateCode, version).plan());
    }

    /** A unit's report with its table as appendix; readable by the unit and the province. */
    public byte[] unitReport(long cycleId, String unitCode, AuthenticatedUser user) {
        CycleView cycle = cycles.get(cycleId);
        return UnitReportDocument.write(cycle, reports.form(cycleId), texts(cycle).unitReport(),
                reports.get(cycleId, unitCode, user));
    }

    /** The provincial report with the aggregated table as appendix; the province's people only. */
    public byte[] provinceReport(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        return provinceReport(cycleId);
    }

    /** The provincial report as it is sent: with the recorded number and date once the sending is recorded. */
    public byte[] provinceReport(long cycleId) {
        CycleView cycle = cycles.get(cycleId);
        return ProvinceReportDocument.write(cycle, reportRecipients(cycle), reports.form(cycleId),
                texts(cycle).provinceReport(), provinceReports.view(cycleId), submissions.recorded(cycleId).orElse(null));
    }

}

package vn.congdoan.baocao.document;

import org.springframework.stereotype.Service;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;

/** The documents the federation prints and signs, as .docx. */
@Service
public class Documents {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String UNIT_REPORT = "/api/cycles/{cycle}/reports/{unit}/report.docx";

    private final ReportService reports;
    private final CycleService cycles;

    Documents(ReportService reports, CycleService cycles) {
        this.reports = reports;
        this.cycles = cycles;
    }

    public static String unitReportLink(long cycle, String unit) {
        return UNIT_REPORT.replace("{cycle}", String.valueOf(cycle)).replace("{unit}", unit);
    }

    /** A unit's report with its table as appendix; readable by the unit and the province. */
    public byte[] unitReport(long cycleId, String unitCode, AuthenticatedUser user) {
        return UnitReportDocument.write(cycles.get(cycleId), reports.form(cycleId), reports.get(cycleId, unitCode, user));
    }
}

package vn.congdoan.baocao.process.unitreport;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.congdoan.baocao.report.ReportService;

/**
 * The unit's group, due date and follow-up date of its report task, read from the report when the task is
 * created ({@code ${unitReportAssignment.…(cycleId, unitCode)}} in the model): a due date the province
 * extended shows in the next task without being copied into the instance.
 */
@Component
public class UnitReportAssignment {

    private final ReportService reports;

    UnitReportAssignment(ReportService reports) {
        this.reports = reports;
    }

    public String group(long cycleId, String unitCode) {
        return reports.unitGroup(cycleId, unitCode);
    }

    public Date dueAt(long cycleId, String unitCode) {
        return Date.from(reports.dueAt(cycleId, unitCode));
    }

    public Date followUpAt(long cycleId, String unitCode) {
        return Date.from(reports.reviewFollowUpAt(cycleId));
    }
}

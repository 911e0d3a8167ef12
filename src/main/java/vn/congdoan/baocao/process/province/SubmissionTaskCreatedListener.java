package vn.congdoan.baocao.process.province;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.dispatch.SubmissionPackage;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.pdf.PdfOutput;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.tasklist.FormText;
import vn.congdoan.baocao.process.tasklist.TaskNames;
import vn.congdoan.baocao.spreadsheet.TableLinks;

/** Offers the national federation's address from the cycle and today's date in the submission form. */
@Component
class SubmissionTaskCreatedListener implements TaskListener {

    private final CycleService cycles;
    private final Clock clock;
    private final PdfOutput pdf;

    SubmissionTaskCreatedListener(CycleService cycles, Clock clock, PdfOutput pdf) {
        this.cycles = cycles;
        this.clock = clock;
        this.pdf = pdf;
    }

    /** The package's links and what the PDF output does; the report is signed as it goes, never before. */
    private String packageText(long cycle) {
        String report = pdf.on()
                ? "[báo cáo của tỉnh (PDF/A, bản xem trước)](" + Documents.provinceReportPdfLink(cycle) + ") · "
                + "[bản Word](" + Documents.provinceReportLink(cycle) + ")"
                : "[báo cáo của tỉnh (Word)](" + Documents.provinceReportLink(cycle) + ")";
        return "Hồ sơ gửi đi: " + report + " · [phụ lục số liệu (Excel)](" + TableLinks.aggregate(cycle)
                + ") · [cả hồ sơ (.zip)](" + SubmissionPackage.zipLink(cycle) + ").\n\n" + pdf.status()
                + (pdf.signs() ? " Báo cáo được ký số khi gửi, sau khi số và ngày văn bản ghi dưới đây được in vào."
                : " Khi gửi, số và ngày văn bản ghi dưới đây được in vào báo cáo.");
    }

    @Override
    public void notify(DelegateTask task) {
        CycleView cycle = cycles.get(CycleVariables.cycleId(task));
        TaskNames.of(task, cycle);
        task.setVariable(ProcessVariables.SUBMISSION_ADDRESS, cycle.nationalAddress());
        task.setVariable(ProcessVariables.SUBMISSION_DATE, LocalDate.now(clock.withZone(cycle.timeZone())).toString());
        task.setVariableLocal(ProcessVariables.SUBMISSION_PACKAGE, FormText.of(packageText(cycle.id())));
    }
}

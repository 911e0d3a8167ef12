package vn.congdoan.baocao.process.province;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.process.CycleVariables;
import vn.congdoan.baocao.province.Attachment;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.spreadsheet.TableWorkbooks;

/** E-mails the package to the national federation when mail is configured: the report and its appendix. */
@Component
class SendSubmissionDelegate implements JavaDelegate {

    private final Submissions submissions;
    private final Documents documents;
    private final TableWorkbooks workbooks;

    SendSubmissionDelegate(Submissions submissions, Documents documents, TableWorkbooks workbooks) {
        this.submissions = submissions;
        this.documents = documents;
        this.workbooks = workbooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = CycleVariables.cycleId(execution);
        submissions.send(cycleId, () -> List.of(
                new Attachment(Documents.provinceReportFile(cycleId), Documents.CONTENT_TYPE,
                        documents.provinceReport(cycleId)),
                new Attachment(TableLinks.aggregateFile(cycleId), TableWorkbooks.CONTENT_TYPE,
                        workbooks.aggregate(cycleId))));
    }
}

package vn.congdoan.baocao.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.dispatch.SubmissionPackage;
import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.pdf.PdfOutput;

/** The documents as .docx, to print and sign, and as PDF/A signed by the organisation. */
@Tag(name = "Văn bản để in")
@RestController
class DocumentController {

    private final Documents documents;
    private final SubmissionPackage submissionPackage;

    DocumentController(Documents documents, SubmissionPackage submissionPackage) {
        this.documents = documents;
        this.submissionPackage = submissionPackage;
    }

    @Operation(summary = "Kế hoạch (.docx, thể thức Nghị định 30) kèm hai phụ lục")
    @GetMapping(Documents.PLAN)
    ResponseEntity<byte[]> plan(@PathVariable long cycle) {
        return docx("ke-hoach-dot-" + cycle + ".docx", documents.plan(cycle, ApiUser.current()));
    }

    @Operation(summary = "Báo cáo của đơn vị (.docx) để in và ký")
    @GetMapping(Documents.UNIT_REPORT)
    ResponseEntity<byte[]> unitReport(@PathVariable long cycle, @PathVariable String unit) {
        return docx("bao-cao-" + unit + "-dot-" + cycle + ".docx", documents.unitReport(cycle, unit, ApiUser.current()));
    }

    @Operation(summary = "Báo cáo của tỉnh (.docx)")
    @GetMapping(Documents.PROVINCE_REPORT)
    ResponseEntity<byte[]> provinceReport(@PathVariable long cycle) {
        return docx(Documents.provinceReportFile(cycle), documents.provinceReport(cycle, ApiUser.current()));
    }

    @Operation(summary = "Kế hoạch (PDF/A-2b), có chữ ký số của tổ chức khi đã ban hành",
            description = "503 khi máy chủ không xuất được PDF (chưa cài LibreOffice).")
    @GetMapping(Documents.PLAN_PDF)
    ResponseEntity<byte[]> planPdf(@PathVariable long cycle) {
        return file("ke-hoach-dot-" + cycle + ".pdf", PdfOutput.CONTENT_TYPE, documents.planPdf(cycle, ApiUser.current()));
    }

    @Operation(summary = "Báo cáo của đơn vị (PDF/A-2b, không ký: đơn vị ký bằng chứng thư của mình)",
            description = "503 khi máy chủ không xuất được PDF (chưa cài LibreOffice).")
    @GetMapping(Documents.UNIT_REPORT_PDF)
    ResponseEntity<byte[]> unitReportPdf(@PathVariable long cycle, @PathVariable String unit) {
        return file("bao-cao-" + unit + "-dot-" + cycle + ".pdf", PdfOutput.CONTENT_TYPE,
                documents.unitReportPdf(cycle, unit, ApiUser.current()));
    }

    @Operation(summary = "Báo cáo của tỉnh (PDF/A-2b): bản đã ký số và gửi đi, hoặc bản xem trước chưa ký",
            description = "503 khi máy chủ không xuất được PDF (chưa cài LibreOffice).")
    @GetMapping(Documents.PROVINCE_REPORT_PDF)
    ResponseEntity<byte[]> provinceReportPdf(@PathVariable long cycle) {
        return file(Documents.provinceReportPdfFile(cycle), PdfOutput.CONTENT_TYPE,
                submissionPackage.provinceReportPdf(cycle, ApiUser.current()));
    }

    @Operation(summary = "Hồ sơ gửi Tổng Liên đoàn (.zip): báo cáo của tỉnh và phụ lục số liệu",
            description = "Sau khi gửi: đúng các tệp đã gửi, báo cáo PDF/A có chữ ký số. Trước khi gửi: bản xem trước.")
    @GetMapping(SubmissionPackage.ZIP)
    ResponseEntity<byte[]> submissionPackage(@PathVariable long cycle) {
        return file(SubmissionPackage.zipFile(cycle), SubmissionPackage.ZIP_TYPE,
                submissionPackage.zip(cycle, ApiUser.current()));
    }

    private static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
        return file(fileName, Documents.CONTENT_TYPE, content);
    }

    private static ResponseEntity<byte[]> file(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}

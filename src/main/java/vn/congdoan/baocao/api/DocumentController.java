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

import vn.congdoan.baocao.document.Documents;

/** The documents as .docx, to print and sign. */
@Tag(name = "Văn bản để in")
@RestController
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
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

    private static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Documents.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}

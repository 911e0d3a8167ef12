package vn.congdoan.baocao.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.spreadsheet.TableWorkbooks;
import vn.congdoan.baocao.template.TemplateSummary;
import vn.congdoan.baocao.template.TemplateUploads;
import vn.congdoan.baocao.template.UploadedTemplate;

/** Campaign templates: loaded without a rebuild by the administrators, previewed before any cycle uses them. */
@Tag(name = "Mẫu chiến dịch")
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private static final String UNCHANGED = "Chưa nạp mẫu chiến dịch nào.";

    private final TemplateUploads uploads;
    private final Documents documents;
    private final TableWorkbooks workbooks;

    TemplateController(TemplateUploads uploads, Documents documents, TableWorkbooks workbooks) {
        this.uploads = uploads;
        this.documents = documents;
        this.workbooks = workbooks;
    }

    @Operation(summary = "Các mẫu chiến dịch và mọi phiên bản của chúng (phiên bản mới nhất trước)")
    @GetMapping
    List<TemplateSummary> list() {
        return uploads.list();
    }

    /** The YAML of the built-in templates as the raw body (any content type), at most 5 MB. */
    @Operation(summary = "Quản trị nạp mẫu chiến dịch mới hoặc phiên bản mới (YAML như tệp có sẵn trong "
            + "templates/); có lỗi thì không nạp gì và nêu từng lỗi; phiên bản đã nạp thì không đổi được nội dung")
    @PostMapping
    ResponseEntity<UploadedTemplate> upload(HttpServletRequest request) throws IOException {
        UploadedTemplate uploaded = uploads.upload(ListUploads.read(request, UNCHANGED), ApiUser.current());
        URI location = URI.create("/api/templates/" + uploaded.code() + "/" + uploaded.version());
        return uploaded.loaded() ? ResponseEntity.created(location).body(uploaded) : ResponseEntity.ok(uploaded);
    }

    @Operation(summary = "Xem trước kế hoạch (.docx) mà phiên bản mẫu tạo ra với các giá trị mặc định của nó")
    @GetMapping("/{code}/{version}/plan.docx")
    ResponseEntity<byte[]> plan(@PathVariable String code, @PathVariable int version) {
        return Attachments.file(documents.planPreview(code, version), Documents.CONTENT_TYPE,
                "ke-hoach-mau-" + code + "-v" + version + ".docx");
    }

    @Operation(summary = "Xem trước bảng số liệu trống (.xlsx) của phiên bản mẫu, theo các kỳ mặc định của nó")
    @GetMapping("/{code}/{version}/table.xlsx")
    ResponseEntity<byte[]> table(@PathVariable String code, @PathVariable int version) {
        return Attachments.file(workbooks.blankTable(code, version), TableWorkbooks.CONTENT_TYPE,
                "bang-so-lieu-mau-" + code + "-v" + version + ".xlsx");
    }
}

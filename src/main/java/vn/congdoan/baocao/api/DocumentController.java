package vn.congdoan.baocao.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.document.Documents;

/** The documents as .docx, to print and sign. */
@RestController
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping(Documents.UNIT_REPORT)
    ResponseEntity<byte[]> unitReport(@PathVariable long cycle, @PathVariable String unit) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Documents.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + unit + "-dot-" + cycle + ".docx").build().toString())
                .body(documents.unitReport(cycle, unit, ApiUser.current()));
    }
}

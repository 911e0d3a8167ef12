package vn.congdoan.baocao.api;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.spreadsheet.TableWorkbooks;
import vn.congdoan.baocao.system.TooLargeException;

/** The indicator table as Excel: download, upload (multipart field "file" or the raw file as body), province workbook. */
@Tag(name = "Bảng số liệu Excel")
@RestController
class SpreadsheetController {

    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    static final String TOO_LARGE = "Tệp tải lên quá lớn: tối đa 5 MB (một bảng số liệu thường chỉ vài chục KB). "
            + "Bản nháp đã lưu không thay đổi.";

    private final TableWorkbooks workbooks;

    SpreadsheetController(TableWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    @Operation(summary = "Bảng số liệu của đơn vị (.xlsx), điền sẵn những gì đã lưu")
    @GetMapping(TableLinks.UNIT_TABLE)
    ResponseEntity<byte[]> table(@PathVariable long cycle, @PathVariable String unit) {
        return file(workbooks.unitTable(cycle, unit, ApiUser.current()), "bang-so-lieu-" + unit + "-dot-" + cycle + ".xlsx");
    }

    @Operation(summary = "Tải lên bảng đã điền (tệp .xlsx gửi thô, hoặc multipart trường file): số liệu thành bản nháp")
    @PutMapping(path = TableLinks.UNIT_TABLE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportView uploadPart(@PathVariable long cycle, @PathVariable String unit, @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw new TooLargeException(TOO_LARGE);
        }
        return workbooks.upload(cycle, unit, file.getBytes(), ApiUser.current());
    }

    @Operation(summary = "Tải lên bảng đã điền (tệp .xlsx gửi thô, hoặc multipart trường file): số liệu thành bản nháp")
    @PutMapping(TableLinks.UNIT_TABLE)
    ReportView upload(@PathVariable long cycle, @PathVariable String unit, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
            throw new TooLargeException(TOO_LARGE);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
        }
        if (body.length > MAX_UPLOAD_BYTES) {
            throw new TooLargeException(TOO_LARGE);
        }
        return workbooks.upload(cycle, unit, body, ApiUser.current());
    }

    @Operation(summary = "Sổ tổng hợp của tỉnh (.xlsx): bảng tổng hợp, mỗi đơn vị một trang")
    @GetMapping(TableLinks.AGGREGATE)
    ResponseEntity<byte[]> aggregate(@PathVariable long cycle) {
        return file(workbooks.aggregate(cycle, ApiUser.current()), TableLinks.aggregateFile(cycle));
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TableWorkbooks.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}

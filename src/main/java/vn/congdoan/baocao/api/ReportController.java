package vn.congdoan.baocao.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.process.unitreport.UnitReportActions;
import vn.congdoan.baocao.report.ProgressView;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportView;

/** Unit reports; every action does what the Tasklist action does. */
@Tag(name = "Báo cáo của đơn vị")
@RestController
@RequestMapping("/api/cycles/{cycle}")
class ReportController {

    private final ReportService reports;
    private final UnitReportActions actions;

    ReportController(ReportService reports, UnitReportActions actions) {
        this.reports = reports;
        this.actions = actions;
    }

    @Operation(summary = "Tiến độ: trạng thái, hạn, ngày nộp, đúng hạn, số lần nhắc của từng đơn vị")
    @GetMapping("/progress")
    ProgressView progress(@PathVariable long cycle) {
        return reports.progress(cycle, ApiUser.current());
    }

    @Operation(summary = "Báo cáo của một đơn vị: số liệu, nội dung, giải trình, trạng thái, ý kiến xem xét")
    @GetMapping("/reports/{unit}")
    ReportView report(@PathVariable long cycle, @PathVariable String unit) {
        return reports.get(cycle, unit, ApiUser.current());
    }

    @Operation(summary = "Đơn vị lưu nháp (cho phép ô trống)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Số liệu theo chỉ tiêu và kỳ (null là ô trống), nội dung theo mục đề cương, giải trình theo quy tắc", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "vi", value = ApiExamples.REPORT)))
    @PutMapping("/reports/{unit}/draft")
    ReportView saveDraft(@PathVariable long cycle, @PathVariable String unit, @RequestBody ReportBody body) {
        return reports.saveDraft(cycle, unit, body, ApiUser.current());
    }

    @Operation(summary = "Đơn vị nộp báo cáo (gửi nội dung, hoặc để trống để nộp bản nháp đã lưu)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Như bản nháp; để trống để nộp bản nháp đã lưu", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "vi", value = ApiExamples.REPORT)))
    @PostMapping("/reports/{unit}/submit")
    ReportView submit(@PathVariable long cycle, @PathVariable String unit,
                      @RequestBody(required = false) ReportBody body) {
        actions.submit(cycle, unit, body, ApiUser.current());
        return reports.get(cycle, unit, ApiUser.current());
    }

    @Operation(summary = "Ban CSPL chấp nhận (ACCEPT) hoặc trả lại (RETURN) báo cáo của đơn vị")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Quyết định ACCEPT hoặc RETURN kèm ý kiến", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "vi", value = ApiExamples.REVIEW_RETURN)))
    @PostMapping("/reports/{unit}/review")
    ResponseEntity<Void> review(@PathVariable long cycle, @PathVariable String unit,
                                @RequestBody CycleController.ReviewRequest review) {
        actions.review(cycle, unit, review.decision(), review.comment(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }
}

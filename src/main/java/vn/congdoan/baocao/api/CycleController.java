package vn.congdoan.baocao.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.process.plan.PlanActions;
import vn.congdoan.baocao.report.LateUnits;
import vn.congdoan.baocao.report.ReportService;

/** Cycles and their plan; every action does what the Tasklist action does. */
@Tag(name = "Đợt báo cáo")
@RestController
@RequestMapping("/api/cycles")
class CycleController {

    private final CycleService cycles;
    private final PlanActions plans;
    private final ReportService reports;
    private final LateUnits lateUnits;

    CycleController(CycleService cycles, PlanActions plans, ReportService reports, LateUnits lateUnits) {
        this.cycles = cycles;
        this.plans = plans;
        this.reports = reports;
        this.lateUnits = lateUnits;
    }

    /** The body of a cycle as read may be posted back: what the application added is left out. */
    @Operation(summary = "Khởi tạo đợt báo cáo (như «Bắt đầu quy trình» trong Tasklist); trường bỏ trống lấy mặc định của mẫu chiến dịch")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Tham số của đợt; trường bỏ trống lấy mặc định của mẫu chiến dịch", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "vi", value = ApiExamples.NEW_CYCLE)))
    @PostMapping
    ResponseEntity<Created> start(@RequestBody ObjectNode request) {
        long id = plans.startCampaign(request.deepCopy().remove(CycleResponse.READ_ONLY), ApiUser.current());
        return ResponseEntity.created(URI.create("/api/cycles/" + id)).body(new Created(id));
    }

    @Operation(summary = "Danh sách đợt báo cáo")
    @GetMapping
    List<CycleResponse> list() {
        return cycles.list().stream().map(this::response).toList();
    }

    @Operation(summary = "Một đợt báo cáo: tham số như đã gửi, giai đoạn, hạn, báo cáo của các đơn vị")
    @GetMapping("/{cycle}")
    CycleResponse get(@PathVariable long cycle) {
        return response(cycles.get(cycle));
    }

    private CycleResponse response(CycleView cycle) {
        return CycleResponse.of(cycle, reports.statusesReadableBy(cycle, ApiUser.current()),
                lateUnits.extendedCutOff(cycle.id()));
    }

    /** As the draft-plan form in Tasklist: what the body gives replaces the plan's value, the rest stays. */
    @Operation(summary = "Ban CSPL sửa dự thảo kế hoạch (khi đang dự thảo, kể cả sau khi Thường trực trả lại); "
            + "trường không gửi giữ nguyên")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Các tham số cần sửa, như thân của "
            + "POST /api/cycles; trường không gửi giữ nguyên, danh sách gửi thì thay cả danh sách", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "vi", value = ApiExamples.PLAN_REVISION)))
    @PutMapping("/{cycle}/plan")
    CycleResponse revisePlan(@PathVariable long cycle, @RequestBody ObjectNode changes) {
        plans.revise(cycle, changes.deepCopy().remove(CycleResponse.READ_ONLY), ApiUser.current());
        return response(cycles.get(cycle));
    }

    @Operation(summary = "Ban CSPL trình dự thảo kế hoạch để Thường trực duyệt")
    @PostMapping("/{cycle}/plan/submit")
    ResponseEntity<Void> submitPlan(@PathVariable long cycle) {
        plans.submit(cycle, ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Thường trực duyệt (ACCEPT) hoặc trả lại (RETURN) kế hoạch")
    @PostMapping("/{cycle}/plan/review")
    ResponseEntity<Void> reviewPlan(@PathVariable long cycle, @RequestBody PlanReviewRequest review) {
        plans.review(cycle, review.decision(), review.comment(), review.issuedOn(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    record Created(long id) {
    }

    record ReviewRequest(String decision, String comment) {
    }

    /** Leadership's decision on the plan; with ACCEPT, the day it is issued on (yyyy-MM-dd; the offered day if none). */
    record PlanReviewRequest(String decision, String comment, String issuedOn) {
    }
}

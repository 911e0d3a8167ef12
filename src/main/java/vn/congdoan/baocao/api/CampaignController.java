package vn.congdoan.baocao.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.notification.NotificationView;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.process.collection.LateUnitsActions;
import vn.congdoan.baocao.process.province.ProvinceReportActions;
import vn.congdoan.baocao.process.province.SubmissionActions;
import vn.congdoan.baocao.process.reminders.CycleTimers;
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.ProvinceTexts;
import vn.congdoan.baocao.province.SubmissionRecord;
import vn.congdoan.baocao.province.SubmissionView;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;

/** The campaign after the units' reports: late units, the aggregate, the provincial report, the submission. */
@Tag(name = "Thu nhận và báo cáo của tỉnh")
@RestController
@RequestMapping("/api/cycles/{cycle}")
class CampaignController {

    private final LateUnitsActions lateUnits;
    private final Aggregation aggregation;
    private final ProvinceReports provinceReports;
    private final ProvinceReportActions provinceReportActions;
    private final Submissions submissions;
    private final SubmissionActions submissionActions;
    private final Notifications notifications;
    private final ReportService reports;
    private final CycleService cycles;
    private final CycleTimers timers;

    CampaignController(LateUnitsActions lateUnits, Aggregation aggregation, ProvinceReports provinceReports,
                       ProvinceReportActions provinceReportActions, Submissions submissions,
                       SubmissionActions submissionActions, Notifications notifications, ReportService reports,
                       CycleService cycles, CycleTimers timers) {
        this.lateUnits = lateUnits;
        this.aggregation = aggregation;
        this.provinceReports = provinceReports;
        this.provinceReportActions = provinceReportActions;
        this.submissions = submissions;
        this.submissionActions = submissionActions;
        this.notifications = notifications;
        this.reports = reports;
        this.cycles = cycles;
        this.timers = timers;
    }

    @Operation(summary = "Thường trực quyết định về đơn vị chậm báo cáo: gia hạn (EXTEND) hoặc kết thúc thu nhận (CLOSE)")
    @PostMapping("/late-units/decision")
    ResponseEntity<Void> decideLateUnits(@PathVariable long cycle, @RequestBody LateUnitsRequest request) {
        lateUnits.decide(cycle, request.decision(), request.until(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Các hẹn giờ đang chờ của đợt (nhắc hạn, hết hạn thu nhận, hạn của tỉnh) theo tên đơn vị, "
            + "sớm nhất trước")
    @GetMapping("/timers")
    List<CycleTimers.Timer> timers(@PathVariable long cycle) {
        return timers.of(cycle, ApiUser.current());
    }

    @Operation(summary = "Bảng tổng hợp của tỉnh từ các báo cáo đã chấp nhận")
    @GetMapping("/aggregate")
    AggregateView aggregate(@PathVariable long cycle) {
        return aggregation.get(cycle, ApiUser.current());
    }

    @Operation(summary = "Báo cáo của tỉnh: nội dung, nội dung của các đơn vị theo từng mục, bảng tổng hợp")
    @GetMapping("/province-report")
    ProvinceReportView provinceReport(@PathVariable long cycle) {
        return provinceReports.get(cycle, ApiUser.current());
    }

    @Operation(summary = "Ban CSPL lưu dự thảo báo cáo của tỉnh")
    @PutMapping("/province-report/draft")
    ProvinceReportView saveProvinceDraft(@PathVariable long cycle, @RequestBody ProvinceReportBody body) {
        return provinceReports.saveDraft(cycle, texts(body), ApiUser.current());
    }

    @Operation(summary = "Trình Thường trực duyệt báo cáo của tỉnh")
    @PostMapping("/province-report/submit")
    ProvinceReportView submitProvinceReport(@PathVariable long cycle,
                                            @RequestBody(required = false) ProvinceReportBody body) {
        AuthenticatedUser user = ApiUser.current();
        provinceReportActions.submit(cycle, body == null ? null : texts(body), user);
        return provinceReports.get(cycle, user);
    }

    @Operation(summary = "Thường trực duyệt hoặc trả lại báo cáo của tỉnh")
    @PostMapping("/province-report/review")
    ResponseEntity<Void> reviewProvinceReport(@PathVariable long cycle,
                                              @RequestBody CycleController.ReviewRequest review) {
        provinceReportActions.review(cycle, review.decision(), review.comment(), ApiUser.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Ghi nhận việc gửi báo cáo về Tổng Liên đoàn (và gửi thư kèm tệp khi có máy chủ thư)")
    @PostMapping("/submission")
    SubmissionView submit(@PathVariable long cycle, @RequestBody SubmissionRequest request) {
        AuthenticatedUser user = ApiUser.current();
        Map<String, String> fields = new HashMap<>(Map.of(
                SubmissionRecord.NUMBER, nullToEmpty(request.documentNumber()),
                SubmissionRecord.DATE, nullToEmpty(request.date()),
                SubmissionRecord.SENDER, nullToEmpty(request.sender()),
                SubmissionRecord.ADDRESS, request.recipientAddress() == null
                        ? nullToEmpty(cycles.get(cycle).nationalAddress()) : request.recipientAddress()));
        if (request.nationalCycleId() != null) {
            fields.put(SubmissionRecord.NATIONAL_CYCLE, String.valueOf(request.nationalCycleId()));
        }
        submissionActions.submit(cycle, fields, user);
        return submission(cycle);
    }

    @Operation(summary = "Thông tin lần gửi báo cáo về Tổng Liên đoàn")
    @GetMapping("/submission")
    SubmissionView submission(@PathVariable long cycle) {
        return submissions.get(cycle, ApiUser.current()).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycle + " chưa ghi việc gửi báo cáo về Tổng Liên đoàn."));
    }

    /** Province users see every notification (or one unit's with ?unit=); a unit's user only its own. */
    @Operation(summary = "Các thông báo đã lưu (giao việc, nhắc hạn, báo lên cấp trên); đơn vị chỉ thấy của mình")
    @GetMapping("/notifications")
    List<NotificationView> notifications(@PathVariable long cycle, @RequestParam(required = false) String unit) {
        Optional<String> own = reports.readableUnit(cycle, ApiUser.current());
        if (own.isPresent() && unit != null && !unit.equals(own.get())) {
            throw new ForbiddenException("Bạn chỉ xem được thông báo của đơn vị mình.");
        }
        return notifications.list(cycle, own.orElse(unit), cycles.get(cycle).timeZone());
    }

    private static ProvinceTexts texts(ProvinceReportBody body) {
        return new ProvinceTexts(body.sections() == null ? Map.of() : body.sections(), body.explanations());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    record LateUnitsRequest(String decision, String until) {
    }

    /** @param explanations of the warnings the sums raise, by rule id; left out: those stored stay */
    record ProvinceReportBody(Map<String, String> sections, Map<String, String> explanations) {
    }

    /** @param date the day of sending, yyyy-MM-dd */
    /** @param nationalCycleId the national federation's cycle, to deliver the report to its instance too */
    record SubmissionRequest(String documentNumber, String date, String sender, String recipientAddress,
                             Object nationalCycleId) {
    }
}

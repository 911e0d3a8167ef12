package vn.congdoan.baocao.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.national.NationalDeliveries;
import vn.congdoan.baocao.national.NationalDeliveryView;
import vn.congdoan.baocao.province.SubmissionRecord;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.system.NotFoundException;

/** The provincial report as delivered to the national instance, and the national review as last read. */
@Tag(name = "Gửi báo cáo lên hệ thống của Tổng Liên đoàn")
@RestController
class NationalDeliveryController {

    private static final String PATH = "/api/cycles/{cycle}/national-delivery";

    private final NationalDeliveries deliveries;

    NationalDeliveryController(NationalDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "Ban CSPL & QHLĐ sửa số đợt báo cáo của Tổng Liên đoàn khi hệ thống đó chưa nhận lần gửi nào"
            + " (ví dụ báo «không có đợt báo cáo»): {\"nationalCycleId\": 12}; rồi thử lại việc gửi trong Cockpit")
    @PutMapping(PATH)
    SubmissionRecord correct(@PathVariable long cycle, @RequestBody NationalCycleRequest request) {
        return deliveries.correctNationalCycle(cycle, request.nationalCycleId(), ApiUser.current());
    }

    record NationalCycleRequest(Object nationalCycleId) {
    }

    @Operation(summary = "Lần gửi gần nhất lên hệ thống của Tổng Liên đoàn: chờ xem xét, đã chấp nhận, bị trả lại"
            + " hoặc bị từ chối (kèm lý do)")
    @GetMapping(PATH)
    NationalDeliveryView latest(@PathVariable long cycle) {
        ReportService.requireProvince(ApiUser.current());
        return deliveries.latest(cycle).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycle + " chưa gửi báo cáo lên hệ thống của Tổng Liên đoàn."));
    }
}

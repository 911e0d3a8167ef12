package vn.congdoan.baocao.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.national.NationalDeliveries;
import vn.congdoan.baocao.national.NationalDeliveryView;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.system.NotFoundException;

/** The provincial report as delivered to the national instance, and the national review as last read. */
@Tag(name = "Gửi báo cáo lên hệ thống của Tổng Liên đoàn")
@RestController
class NationalDeliveryController {

    private final NationalDeliveries deliveries;

    NationalDeliveryController(NationalDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "Lần gửi gần nhất lên hệ thống của Tổng Liên đoàn: chờ xem xét, đã chấp nhận, bị trả lại"
            + " hoặc bị từ chối (kèm lý do)")
    @GetMapping("/api/cycles/{cycle}/national-delivery")
    NationalDeliveryView latest(@PathVariable long cycle) {
        ReportService.requireProvince(ApiUser.current());
        return deliveries.latest(cycle).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycle + " chưa gửi báo cáo lên hệ thống của Tổng Liên đoàn."));
    }
}

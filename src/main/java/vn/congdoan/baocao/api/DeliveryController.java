package vn.congdoan.baocao.api;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.delivery.Deliveries;
import vn.congdoan.baocao.delivery.DeliveryBody;
import vn.congdoan.baocao.delivery.DeliveryView;
import vn.congdoan.baocao.process.unitreport.ReportDeliveries;
import vn.congdoan.baocao.security.MachineClients;
import vn.congdoan.baocao.security.UserDirectory;
import vn.congdoan.baocao.system.ForbiddenException;

/**
 * Reports delivered by another system for its unit (a province's instance to the national federation's),
 * with a machine client's credentials: PUT is idempotent by the delivery's id, GET tells the sender where
 * its report stands (returned, with the reason; accepted).
 */
@Tag(name = "Nhận báo cáo từ hệ thống khác")
@RestController
class DeliveryController {

    private final Deliveries deliveries;
    private final ReportDeliveries reportDeliveries;
    private final MachineClients machines;
    private final UserDirectory directory;

    DeliveryController(Deliveries deliveries, ReportDeliveries reportDeliveries, MachineClients machines,
                       UserDirectory directory) {
        this.deliveries = deliveries;
        this.reportDeliveries = reportDeliveries;
        this.machines = machines;
        this.directory = directory;
    }

    @Operation(summary = "Hệ thống của đơn vị gửi báo cáo (mỗi lần gửi một mã; gửi lại cùng mã không nộp lần nữa)",
            description = "201 khi nhận lần gửi mới; 200 khi lần gửi này đã được nhận; 409 khi báo cáo đang chờ xem "
                    + "xét hoặc đã được chấp nhận; 422 kèm các vi phạm quy tắc như khi đơn vị nộp.")
    @PutMapping(Deliveries.PATH)
    ResponseEntity<DeliveryView> deliver(@PathVariable long cycle, @PathVariable String delivery,
                                         @RequestBody DeliveryBody body) throws Exception {
        MachineClients.ActingClient client = client();
        Optional<DeliveryView> known = deliveries.find(cycle, client.unit(), delivery);
        if (known.isPresent()) {
            return ResponseEntity.ok(known.get());
        }
        try {
            directory.runAs(client.asUnit(), () -> reportDeliveries.deliver(cycle, delivery, body, client));
        } catch (DataIntegrityViolationException sameDeliveryAtOnce) {
            return ResponseEntity.ok(deliveries.get(cycle, client.unit(), delivery));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(deliveries.get(cycle, client.unit(), delivery));
    }

    @Operation(summary = "Tình trạng một lần gửi: chờ xem xét, đã chấp nhận, hoặc bị trả lại kèm lý do")
    @GetMapping(Deliveries.PATH)
    DeliveryView delivery(@PathVariable long cycle, @PathVariable String delivery) {
        return deliveries.get(cycle, client().unit(), delivery);
    }

    private MachineClients.ActingClient client() {
        return machines.actingFor(ApiUser.current()).orElseThrow(() -> new ForbiddenException(
                "Chỉ hệ thống được cấp tài khoản hệ thống (không phải tài khoản của người) gửi báo cáo qua địa chỉ này."));
    }
}

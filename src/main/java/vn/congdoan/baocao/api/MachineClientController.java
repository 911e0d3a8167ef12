package vn.congdoan.baocao.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.security.MachineClients;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/** The accounts of the systems that report for a unit (administrators). */
@Tag(name = "Tài khoản hệ thống")
@RestController
class MachineClientController {

    record NewClient(String id, String unit) {
    }

    private final MachineClients machines;
    private final UnitDirectory units;

    MachineClientController(MachineClients machines, UnitDirectory units) {
        this.machines = machines;
        this.units = units;
    }

    @Operation(summary = "Tạo tài khoản cho hệ thống báo cáo thay một đơn vị; mật khẩu chỉ hiện trong câu trả lời này")
    @PostMapping("/api/machine-clients")
    ResponseEntity<MachineClients.Created> create(@RequestBody NewClient client) {
        MachineClients.requireAdministrator(ApiUser.current());
        String unit = client.unit() == null ? "" : client.unit();
        UnitDetails details = units.find(unit).orElseThrow(() -> new NotFoundException("Không có đơn vị «" + unit + "»."));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(machines.create(client.id(), details.code(), details.groupId(), ApiUser.current()));
    }

    @Operation(summary = "Các tài khoản hệ thống")
    @GetMapping("/api/machine-clients")
    List<MachineClients.ClientView> list() {
        return machines.list(ApiUser.current());
    }

    @Operation(summary = "Thu hồi tài khoản hệ thống")
    @DeleteMapping("/api/machine-clients/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        machines.revoke(id, ApiUser.current());
        return ResponseEntity.noContent().build();
    }
}

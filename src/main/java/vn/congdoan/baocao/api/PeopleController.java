package vn.congdoan.baocao.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.baocao.people.IssuedLink;
import vn.congdoan.baocao.people.PasswordLinks;
import vn.congdoan.baocao.people.PeopleChanges;
import vn.congdoan.baocao.people.PeopleImport;

/** The people of the units and the province, kept by the administrators; one-off changes stay in Camunda Admin. */
@Tag(name = "Người dùng")
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private static final String UNCHANGED = "Chưa thêm hay sửa tài khoản nào.";
    private static final String IMPORT = "Quản trị nhập người dùng từ tệp .xlsx hoặc .csv (Tên đăng nhập | Họ và tên | "
            + "Thư điện tử | Đơn vị hoặc vai trò); người mới nhận liên kết tự đặt mật khẩu; dryRun=true chỉ kiểm tra";

    private final PeopleImport people;
    private final PasswordLinks links;

    PeopleController(PeopleImport people, PasswordLinks links) {
        this.people = people;
        this.links = links;
    }

    @Operation(summary = IMPORT)
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PeopleChanges importPart(@RequestParam(defaultValue = "false") boolean dryRun, @RequestPart("file") MultipartFile file)
            throws IOException {
        return people.importFile(ListUploads.read(file, UNCHANGED), dryRun, ApiUser.current());
    }

    @Operation(summary = IMPORT)
    @PostMapping("/import")
    PeopleChanges importFile(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request)
            throws IOException {
        return people.importFile(ListUploads.read(request, UNCHANGED), dryRun, ApiUser.current());
    }

    @Operation(summary = "Quản trị gửi lại liên kết đặt mật khẩu (người dùng quên mật khẩu); liên kết cũ hết hiệu lực")
    @PostMapping("/{user}/password-link")
    IssuedLink passwordLink(@PathVariable String user) {
        return links.reissue(user, ApiUser.current());
    }
}

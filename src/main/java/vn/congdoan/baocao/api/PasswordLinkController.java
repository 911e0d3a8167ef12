package vn.congdoan.baocao.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.baocao.people.PasswordLinks;
import vn.congdoan.baocao.system.BadRequestException;

/**
 * The set-password page's calls, without a login: the link's token is the credential. The token travels in
 * the body, not the address, so that no access log keeps it.
 */
@Tag(name = "Người dùng")
@RestController
@RequestMapping("/password-link")
class PasswordLinkController {

    private final PasswordLinks links;

    PasswordLinkController(PasswordLinks links) {
        this.links = links;
    }

    @Operation(summary = "Tài khoản mà liên kết đặt mật khẩu dành cho")
    @PostMapping("/check")
    Holder check(@RequestBody Token token) {
        return new Holder(links.userOf(required(token).token()));
    }

    @Operation(summary = "Người dùng tự đặt mật khẩu bằng liên kết (một lần, trong 7 ngày)")
    @PostMapping
    ResponseEntity<Void> set(@RequestBody NewPassword request) {
        if (request == null) {
            throw new BadRequestException("Thân yêu cầu là null: gửi {\"token\": …, \"password\": …}.");
        }
        links.setPassword(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }

    private static Token required(Token token) {
        if (token == null) {
            throw new BadRequestException("Thân yêu cầu là null: gửi {\"token\": …}.");
        }
        return token;
    }

    record Token(String token) {
    }

    record NewPassword(String token, String password) {
    }

    record Holder(String user) {
    }
}

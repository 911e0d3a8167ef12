package vn.congdoan.baocao.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.ProblemsRefused;
import vn.congdoan.baocao.system.Sha256;
import vn.congdoan.baocao.system.StoredText;

/**
 * Links with which a person sets their own password, once, within 7 days: nobody else learns it, and no
 * password travels by mail. Only the token's SHA-256 is stored; a new link voids the person's older ones.
 */
@Service
@Transactional
public class PasswordLinks {

    static final Duration VALID = Duration.ofDays(7);
    static final String PAGE = "/mat-khau.html#";
    private static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 200;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String UNUSABLE = "Liên kết đặt mật khẩu này không còn dùng được (đã dùng rồi, đã quá 7 ngày, "
            + "hoặc không đúng). Hãy đề nghị quản trị viên gửi liên kết mới.";
    private static final Logger LOG = LoggerFactory.getLogger(PasswordLinks.class);

    private final SecureRandom random = new SecureRandom();
    private final PasswordLinkRepository repository;
    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final AppProperties properties;
    private final Clock clock;

    PasswordLinks(PasswordLinkRepository repository, Accounts accounts, ObjectProvider<JavaMailSender> mail,
                  AppProperties properties, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** An administrator sends a person a new link (a forgotten password). */
    public IssuedLink reissue(String userId, AuthenticatedUser administrator) {
        PeopleImport.requireKeeper(administrator);
        Person person = accounts.find(userId).orElseThrow(() -> new NotFoundException(
                "Không có tài khoản «" + StoredText.quote(userId) + "»."));
        if (accounts.isSystemAdministrator(userId)) {
            throw new ForbiddenException("Tài khoản «" + userId + "» là quản trị hệ thống: đổi mật khẩu trong Camunda Admin.");
        }
        return issue(person, administrator.id());
    }

    IssuedLink issue(Person person, String issuedBy) {
        Instant now = clock.instant();
        repository.findByUserIdAndUsedAtIsNull(person.userId()).forEach(old -> old.use(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(new PasswordLink(hash(token), person.userId(), issuedBy, now, now.plus(VALID)));
        String url = properties.publicUrl() + PAGE + token;
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || person.email() == null) {
            return new IssuedLink(person.userId(), null, url, sender == null
                    ? "Chưa cấu hình máy chủ thư: hãy trao liên kết này cho người dùng."
                    : "Tài khoản chưa có thư điện tử: hãy trao liên kết này cho người dùng.");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail() == null ? null : properties.mail().from());
        message.setTo(person.email());
        message.setSubject("[Báo cáo] Đặt mật khẩu cho tài khoản " + person.userId());
        message.setText("Kính gửi " + person.fullName() + ",\n\nTài khoản «" + person.userId() + "» đã được tạo để "
                + "làm báo cáo trên hệ thống của Liên đoàn Lao động tỉnh. Mở liên kết sau để tự đặt mật khẩu "
                + "(dùng được một lần, trong 7 ngày):\n\n" + url + "\n\nSau đó đăng nhập Tasklist tại "
                + properties.publicUrl() + "/camunda/app/tasklist/ bằng tên đăng nhập «" + person.userId() + "».\n");
        try {
            sender.send(message);
            return new IssuedLink(person.userId(), person.email(), null, null);
        } catch (MailException e) {
            LOG.warn("Password link for {} not mailed to {}: {}", person.userId(), person.email(), e.getMessage());
            return new IssuedLink(person.userId(), null, url, "Không gửi được thư tới " + person.email()
                    + ": hãy trao liên kết này cho người dùng.");
        }
    }

    /** Whose password the link sets. */
    @Transactional(readOnly = true)
    public String userOf(String token) {
        return usable(token).userId();
    }

    public void setPassword(String token, String password) {
        PasswordLink link = usable(token);
        List<String> problems = new ArrayList<>();
        int length = password == null ? 0 : StoredText.length(password);
        if (length < MIN_LENGTH) {
            problems.add("Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự (mật khẩu vừa nhập có " + length + ").");
        } else if (length > MAX_LENGTH) {
            problems.add("Mật khẩu dài quá " + MAX_LENGTH + " ký tự.");
        } else if (password.toLowerCase(Locale.ROOT).contains(link.userId().toLowerCase(Locale.ROOT))) {
            problems.add("Mật khẩu không được chứa tên đăng nhập «" + link.userId() + "».");
        } else if (password.isBlank() || password.chars().distinct().count() < 4) {
            problems.add("Mật khẩu quá đơn giản: cần ít nhất 4 ký tự khác nhau.");
        }
        if (!problems.isEmpty()) {
            throw new ProblemsRefused("Chưa đặt được mật khẩu:", problems);
        }
        accounts.setPassword(link.userId(), password);
        link.use(clock.instant());
    }

    private PasswordLink usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException(UNUSABLE);
        }
        return repository.findById(hash(token)).filter(link -> link.usableAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException(UNUSABLE));
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }
}

package vn.congdoan.baocao.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.ProblemsRefused;
import vn.congdoan.baocao.system.Sha256;

/**
 * The systems that report for a unit by machine (a province's instance delivering its report to the national
 * federation's): each has an id and a secret made here and shown once, only its SHA-256 kept, and acts as
 * a member of its unit's group on the delivery routes alone. A person's password is never used for it.
 */
@Service
public class MachineClients {

    /** Machine principals' ids start so; a person's id cannot hold a colon. */
    static final String PREFIX = "client:";
    /** The only routes whose credentials are checked as a client's: a delivery and its state. */
    private static final Pattern ROUTES = Pattern.compile("/api/cycles/[0-9]+/deliveries/[A-Za-z0-9._-]+");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final int SECRET_BYTES = 32;

    public record Created(String id, String unit, String secret) {
    }

    public record ClientView(String id, String unit, String createdBy, Instant createdAt, Instant revokedAt) {
    }

    private final MachineClientRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MachineClients(MachineClientRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Makes a client for the unit; the secret is in the answer and nowhere else. */
    @Transactional
    public Created create(String id, String unitCode, String groupId, AuthenticatedUser by) {
        requireAdministrator(by);
        if (id == null || !ID.matcher(id).matches()) {
            throw new ProblemsRefused("Chưa tạo được tài khoản hệ thống:", List.of("Mã «" + (id == null ? "" : id)
                    + "» không hợp lệ: 2 đến 63 ký tự thường a-z, số, dấu chấm, gạch nối hoặc gạch dưới."));
        }
        if (groupId == null) {
            throw new ProblemsRefused("Chưa tạo được tài khoản hệ thống:", List.of("Đơn vị «" + unitCode
                    + "» không có nhóm người dùng nên không báo cáo được."));
        }
        if (repository.existsById(id)) {
            throw new ConflictException("Đã có tài khoản hệ thống «" + id + "».");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(new MachineClient(id, Sha256.hex(secret), unitCode, groupId, by.id(), clock.instant()));
        return new Created(id, unitCode, secret);
    }

    @Transactional
    public void revoke(String id, AuthenticatedUser by) {
        requireAdministrator(by);
        MachineClient client = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("Không có tài khoản hệ thống «" + id + "»."));
        if (client.active()) {
            client.revoke(clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<ClientView> list(AuthenticatedUser by) {
        requireAdministrator(by);
        return repository.findAll().stream().map(c -> new ClientView(c.id(), c.unitCode(), c.createdBy(),
                c.createdAt(), c.revokedAt())).toList();
    }

    /**
     * The machine principal of an active client whose secret this is: a member of no group, so that it can do
     * nothing but what {@link #actingFor} lets the delivery routes do.
     */
    @Transactional(readOnly = true)
    public Optional<AuthenticatedUser> authenticate(String id, String secret) {
        return repository.findById(id).filter(MachineClient::active)
                .filter(c -> MessageDigest.isEqual(c.secretHash().getBytes(StandardCharsets.US_ASCII),
                        Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII)))
                .map(c -> new AuthenticatedUser(PREFIX + c.id(), List.of()));
    }

    /** For a machine principal, the unit it reports for and itself as a member of that unit's group. */
    @Transactional(readOnly = true)
    public Optional<ActingClient> actingFor(AuthenticatedUser user) {
        return user.id().startsWith(PREFIX)
                ? repository.findById(user.id().substring(PREFIX.length())).filter(MachineClient::active)
                        .map(c -> new ActingClient(c.id(), c.unitCode(), new AuthenticatedUser(user.id(), List.of(c.groupId()))))
                : Optional.empty();
    }

    public record ActingClient(String id, String unit, AuthenticatedUser asUnit) {
    }

    /** Whether credentials of that id on that path are a client's to check, and not a person's. */
    @Transactional(readOnly = true)
    public boolean checks(String id, String rawPath, String path) {
        return ROUTES.matcher(rawPath).matches() && rawPath.equals(path) && repository.existsById(id);
    }

    public static void requireAdministrator(AuthenticatedUser user) {
        if (!user.isMemberOfAny(ProvinceGroups.MASTER_DATA_KEEPERS)) {
            throw new ForbiddenException("Chỉ quản trị viên quản lý tài khoản hệ thống.");
        }
    }
}

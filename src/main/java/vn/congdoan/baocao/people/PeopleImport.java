package vn.congdoan.baocao.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.system.Days;
import vn.congdoan.baocao.system.EmailAddresses;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.ProblemsRefused;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.system.UploadedSheet;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * The people of the units and of the province, imported from a spreadsheet (.xlsx or .csv): user id, full
 * name, e-mail, unit or province role. New people get a set-password link; people already there get the
 * name and e-mail of the file and the groups it adds (none is taken away: Camunda Admin does that).
 */
@Service
@Transactional
public class PeopleImport {

    static final List<UploadedSheet.Column> COLUMNS = List.of(
            new UploadedSheet.Column("Tên đăng nhập", Set.of("user id", "userid", "user")),
            new UploadedSheet.Column("Họ và tên", Set.of("full name", "name")),
            new UploadedSheet.Column("Thư điện tử", Set.of("email", "e-mail")),
            new UploadedSheet.Column("Đơn vị hoặc vai trò", Set.of("unit or role", "unit", "role")));
    /** The province's roles an import may give, by the word the file writes. */
    private static final Map<String, String> ROLES = Map.of(
            ProvinceGroups.POLICY_DEPT, "Ban Chính sách pháp luật và QHLĐ",
            ProvinceGroups.LEADERSHIP, "Thường trực",
            ProvinceGroups.SUPERVISOR, "Giám sát tiến độ",
            ProvinceGroups.ADMINISTRATORS, "Quản trị danh mục");
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern SEPARATOR = Pattern.compile("[;,]");
    private static final int MAX_NAME = 255;
    private static final String UNCHANGED = "Chưa thêm hay sửa tài khoản nào.";

    private final Accounts accounts;
    private final PasswordLinks links;
    private final UnitDirectory units;
    private final AppProperties properties;
    private final Clock clock;

    PeopleImport(Accounts accounts, PasswordLinks links, UnitDirectory units, AppProperties properties, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /** A dry run checks and describes without applying; every bad row is named and nothing is applied unless all are good. */
    public PeopleChanges importFile(byte[] content, boolean dryRun, AuthenticatedUser user) {
        requireKeeper(user);
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        List<String> problems = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (UploadedSheet.Line line : UploadedSheet.read(content, "Người dùng", COLUMNS, UNCHANGED)) {
            String userId = line.text(0);
            String where = "Dòng " + line.number() + (userId == null ? "" : " (tài khoản «" + StoredText.quote(userId) + "»)");
            List<String> found = new ArrayList<>();
            if (userId == null || !USER_ID.matcher(userId).matches()) {
                found.add("tên đăng nhập «" + StoredText.quote(userId) + "» chỉ được gồm chữ thường không dấu, chữ số, "
                        + "dấu chấm, gạch dưới, gạch ngang (tối đa 64 ký tự)");
            } else if (seen.putIfAbsent(userId, line.number()) != null) {
                found.add("tài khoản «" + userId + "» đã có ở dòng " + seen.get(userId));
            } else if (accounts.isSystemAdministrator(userId)) {
                found.add("tài khoản «" + userId + "» là quản trị hệ thống, chỉ sửa trong Camunda Admin");
            }
            String name = line.text(1);
            if (name == null) {
                found.add("chưa có họ và tên");
            } else {
                StoredText.problem(name, MAX_NAME).ifPresent(p -> found.add("họ và tên " + p.description()));
            }
            String email = line.text(2);
            if (email != null && (StoredText.length(email) > 320 || !EmailAddresses.isValid(email))) {
                found.add("địa chỉ thư điện tử «" + StoredText.quote(email) + "» không hợp lệ");
            }
            List<String> groups = groups(line.text(3), today, found);
            found.forEach(problem -> problems.add(where + ": " + problem + "."));
            if (found.isEmpty()) {
                people.add(new Person(userId, name, email, groups));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsRefused("Chưa thêm hay sửa tài khoản nào (không áp dụng dòng nào):", problems);
        }
        List<String> changes = new ArrayList<>();
        List<IssuedLink> issued = new ArrayList<>();
        for (Person person : people) {
            Optional<Person> existing = accounts.find(person.userId());
            if (existing.isEmpty()) {
                changes.add("Thêm tài khoản «" + person.userId() + "» " + person.fullName()
                        + (person.email() == null ? "" : " (" + person.email() + ")") + ", vào nhóm " + named(person.groups())
                        + "; gửi liên kết đặt mật khẩu.");
                if (!dryRun) {
                    accounts.create(person);
                    issued.add(links.issue(person, user.id()));
                }
            } else if (describe(existing.get(), person, changes) && !dryRun) {
                accounts.update(person);
            }
        }
        return new PeopleChanges(!dryRun, changes, issued);
    }

    private List<String> groups(String written, LocalDate today, List<String> found) {
        Set<String> groups = new LinkedHashSet<>();
        if (written == null) {
            found.add("chưa có đơn vị hoặc vai trò (mã đơn vị, hoặc " + String.join(", ", ROLES.keySet().stream().sorted().toList()) + ")");
            return List.of();
        }
        for (String part : SEPARATOR.split(written)) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (ROLES.containsKey(code)) {
                groups.add(code);
                continue;
            }
            Optional<UnitDetails> unit = units.find(code);
            if (unit.isEmpty()) {
                found.add("«" + StoredText.quote(code) + "» không phải mã đơn vị trong danh mục, cũng không phải vai trò "
                        + "của tỉnh (" + String.join(", ", ROLES.keySet().stream().sorted().toList()) + ")");
            } else if (unit.get().validTo() != null && unit.get().validTo().isBefore(today)) {
                found.add("đơn vị «" + code + "» đã kết thúc hoạt động ngày " + Days.format(unit.get().validTo()));
            } else if (unit.get().groupId() == null || !accounts.groupExists(unit.get().groupId())) {
                found.add("đơn vị «" + code + "» chưa có nhóm người dùng (sửa đơn vị trong danh mục để tạo nhóm)");
            } else {
                groups.add(unit.get().groupId());
            }
        }
        return List.copyOf(groups);
    }

    private static boolean describe(Person old, Person now, List<String> changes) {
        int before = changes.size();
        String head = "«" + now.userId() + "»: ";
        if (!Objects.equals(old.fullName(), now.fullName())) {
            changes.add(head + "đổi họ tên «" + old.fullName() + "» thành «" + now.fullName() + "».");
        }
        if (!Objects.equals(old.email(), now.email()) && now.email() != null) {
            changes.add(head + "thư điện tử " + now.email() + ".");
        }
        List<String> added = now.groups().stream().filter(g -> !old.groups().contains(g)).toList();
        if (!added.isEmpty()) {
            changes.add(head + "thêm vào nhóm " + named(added) + ".");
        }
        return changes.size() > before;
    }

    private static String named(List<String> groups) {
        return String.join(", ", groups.stream().map(g -> "«" + g + "»").toList());
    }

    static void requireKeeper(AuthenticatedUser user) {
        if (!user.isMemberOfAny(ProvinceGroups.MASTER_DATA_KEEPERS)) {
            throw new ForbiddenException("Chỉ quản trị viên (nhóm «" + ProvinceGroups.ADMINISTRATORS
                    + "») được thêm và sửa tài khoản người dùng.");
        }
    }
}

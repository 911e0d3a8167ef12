package vn.congdoan.baocao.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.Days;
import vn.congdoan.baocao.system.EmailAddresses;
import vn.congdoan.baocao.system.StoredText;

/**
 * Units as an administrator proposes them, checked together against the directory as it would be once
 * they are all applied: a parent or successor may come in the same change, and nothing is applied unless
 * every unit is good.
 */
final class UnitChangeSet {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern GROUP = Pattern.compile("[a-zA-Z0-9._-]{1,64}");
    /** The engine's group name takes 255 characters, and the group is named as the unit. */
    private static final int MAX_NAME = 255;
    private static final int MAX_EMAIL = 320;

    /** @param where how a message names the unit: "Đơn vị «hoalu»", "Dòng 5 (đơn vị «hoalu»)" */
    record Proposal(String where, UnitDetails unit) {
    }

    private final Map<String, UnitDetails> before;
    private final Map<String, UnitDetails> after;
    private final List<Proposal> proposals;

    UnitChangeSet(List<UnitDetails> current, List<Proposal> proposals) {
        this.before = new LinkedHashMap<>();
        current.forEach(unit -> before.put(unit.code(), unit));
        this.after = new LinkedHashMap<>(before);
        this.proposals = List.copyOf(proposals);
        for (Proposal proposal : proposals) {
            if (proposal.unit().code() != null) {
                after.put(proposal.unit().code(), proposal.unit());
            }
        }
    }

    /** Every reason the change cannot be applied, each naming its unit and value; empty when it can. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        Map<String, String> groupOwners = new HashMap<>();
        after.values().forEach(unit -> {
            if (unit.groupId() != null) {
                groupOwners.merge(unit.groupId(), unit.code(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        for (Proposal proposal : proposals) {
            UnitDetails unit = proposal.unit();
            List<String> found = new ArrayList<>();
            boolean keyed = false;
            if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
                found.add("mã đơn vị «" + StoredText.quote(unit.code()) + "» chỉ được gồm chữ thường không dấu, "
                        + "chữ số, dấu chấm, gạch dưới, gạch ngang (tối đa 64 ký tự)");
            } else if (firstSeen.putIfAbsent(unit.code(), proposal.where()) != null) {
                found.add("mã «" + unit.code() + "» đã có ở " + lowerFirst(firstSeen.get(unit.code())));
            } else {
                keyed = true;
            }
            checkName(unit, found);
            checkKind(unit, found);
            checkDates(unit, found);
            if (keyed) {
                checkParent(unit, found);
                checkChildren(unit, found);
                checkSuccessor(unit, found);
            }
            checkEmail(unit, found);
            if (keyed) {
                checkGroup(unit, groupOwners, found);
            }
            found.forEach(problem -> problems.add(proposal.where() + ": " + problem + "."));
        }
        return problems;
    }

    private static void checkName(UnitDetails unit, List<String> found) {
        if (unit.name() == null || unit.name().isBlank()) {
            found.add("chưa có tên đơn vị");
        } else {
            StoredText.problem(unit.name(), MAX_NAME).ifPresent(p -> found.add("tên đơn vị " + p.description()));
        }
    }

    private static void checkKind(UnitDetails unit, List<String> found) {
        if (unit.kind() == null || !KIND.matcher(unit.kind()).matches()) {
            found.add("loại đơn vị «" + StoredText.quote(unit.kind()) + "» phải viết bằng chữ in hoa không dấu "
                    + "(như DISTRICT, COMMUNE, SECTOR)");
        }
    }

    private static void checkDates(UnitDetails unit, List<String> found) {
        if (unit.validFrom() == null) {
            found.add("chưa có ngày bắt đầu hoạt động");
        } else if (unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
            found.add("ngày kết thúc " + Days.format(unit.validTo()) + " trước ngày bắt đầu "
                    + Days.format(unit.validFrom()));
        }
    }

    private void checkParent(UnitDetails unit, List<String> found) {
        if (unit.parent() == null) {
            return;
        }
        UnitDetails parent = after.get(unit.parent());
        if (parent == null) {
            found.add("đơn vị cấp trên «" + StoredText.quote(unit.parent()) + "» không có trong danh mục");
        } else if (parent.code().equals(unit.code())) {
            found.add("đơn vị không thể là cấp trên của chính nó");
        } else if (loopsBack(unit.code(), UnitDetails::parent)) {
            found.add("đặt «" + parent.code() + "» làm cấp trên tạo thành vòng: «" + parent.code()
                    + "» đang trực thuộc «" + unit.code() + "»");
        } else if (parent.validTo() != null && unit.validFrom() != null && parent.validTo().isBefore(unit.validFrom())) {
            found.add("đơn vị cấp trên «" + parent.code() + "» đã kết thúc ngày " + Days.format(parent.validTo())
                    + ", trước ngày đơn vị bắt đầu " + Days.format(unit.validFrom()));
        }
    }

    /** A unit that ends may not leave units under it that go on. */
    private void checkChildren(UnitDetails unit, List<String> found) {
        if (unit.validTo() == null) {
            return;
        }
        List<String> orphans = after.values().stream()
                .filter(child -> unit.code().equals(child.parent()))
                .filter(child -> child.validTo() == null || child.validTo().isAfter(unit.validTo()))
                .map(child -> "«" + child.code() + "»")
                .toList();
        if (!orphans.isEmpty()) {
            found.add("kết thúc ngày " + Days.format(unit.validTo()) + " nhưng còn đơn vị trực thuộc hoạt động sau "
                    + "ngày đó: " + String.join(", ", orphans) + " (chuyển các đơn vị này sang cấp trên khác trước)");
        }
    }

    private void checkSuccessor(UnitDetails unit, List<String> found) {
        if (unit.successor() == null) {
            return;
        }
        UnitDetails successor = after.get(unit.successor());
        if (unit.validTo() == null) {
            found.add("có đơn vị kế tục «" + StoredText.quote(unit.successor()) + "» nhưng chưa có ngày kết thúc");
        } else if (successor == null) {
            found.add("đơn vị kế tục «" + StoredText.quote(unit.successor()) + "» không có trong danh mục");
        } else if (successor.code().equals(unit.code())) {
            found.add("đơn vị không thể kế tục chính nó");
        } else if (successor.validFrom() != null && !successor.validOn(unit.validTo().plusDays(1))) {
            LocalDate next = unit.validTo().plusDays(1);
            found.add("đơn vị kế tục «" + successor.code() + "» không hoạt động vào ngày " + Days.format(next)
                    + ", ngày sau khi đơn vị kết thúc (hiệu lực của «" + successor.code() + "» từ "
                    + Days.format(successor.validFrom())
                    + (successor.validTo() == null ? "" : " đến " + Days.format(successor.validTo())) + ")");
        }
    }

    private static void checkEmail(UnitDetails unit, List<String> found) {
        if (unit.email() != null && (StoredText.length(unit.email()) > MAX_EMAIL || !EmailAddresses.isValid(unit.email()))) {
            found.add("địa chỉ thư điện tử «" + StoredText.quote(unit.email()) + "» không hợp lệ");
        }
    }

    private void checkGroup(UnitDetails unit, Map<String, String> owners, List<String> found) {
        UnitDetails old = before.get(unit.code());
        if (old != null && old.groupId() != null && !old.groupId().equals(unit.groupId())) {
            found.add("nhóm người dùng «" + old.groupId() + "» của đơn vị không đổi được (thành viên của nhóm "
                    + "sửa trong Camunda Admin)");
        } else if (unit.groupId() == null) {
            return;
        } else if (!GROUP.matcher(unit.groupId()).matches()) {
            found.add("mã nhóm «" + StoredText.quote(unit.groupId()) + "» chỉ được gồm chữ không dấu, chữ số, "
                    + "dấu chấm, gạch dưới, gạch ngang");
        } else if (ProvinceGroups.RESERVED.contains(unit.groupId())) {
            found.add("nhóm «" + unit.groupId() + "» là nhóm của Liên đoàn Lao động tỉnh, không dùng làm nhóm "
                    + "của đơn vị");
        } else if (!owners.get(unit.groupId()).equals(unit.code())) {
            found.add("nhóm «" + unit.groupId() + "» đã là nhóm của đơn vị «" + owners.get(unit.groupId()) + "»");
        }
    }

    /** Whether following the link from the unit comes back to it. */
    private boolean loopsBack(String code, Function<UnitDetails, String> link) {
        Set<String> seen = new HashSet<>();
        String next = link.apply(after.get(code));
        while (next != null && seen.add(next)) {
            if (next.equals(code)) {
                return true;
            }
            UnitDetails unit = after.get(next);
            next = unit == null ? null : link.apply(unit);
        }
        return false;
    }

    /** The units to insert, each after the parent and successor it names, so that their references hold. */
    List<UnitDetails> added() {
        Map<String, UnitDetails> fresh = new LinkedHashMap<>();
        proposals.stream().map(Proposal::unit).filter(u -> !before.containsKey(u.code()))
                .forEach(u -> fresh.put(u.code(), u));
        List<UnitDetails> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        fresh.values().forEach(unit -> place(unit, fresh, placed, ordered));
        return ordered;
    }

    private static void place(UnitDetails unit, Map<String, UnitDetails> fresh, Set<String> placed,
                              List<UnitDetails> ordered) {
        if (!placed.add(unit.code())) {
            return;
        }
        for (String reference : new String[] {unit.parent(), unit.successor()}) {
            if (reference != null && fresh.containsKey(reference)) {
                place(fresh.get(reference), fresh, placed, ordered);
            }
        }
        ordered.add(unit);
    }

    /** The units that exist and change. */
    List<UnitDetails> updated() {
        return proposals.stream().map(Proposal::unit)
                .filter(u -> before.containsKey(u.code()) && !before.get(u.code()).equals(u))
                .toList();
    }

    /** What the change does, one line per unit and change, as an administrator reads it. */
    List<String> described() {
        List<String> lines = new ArrayList<>();
        for (Proposal proposal : proposals) {
            UnitDetails unit = proposal.unit();
            UnitDetails old = before.get(unit.code());
            if (old == null) {
                lines.add("Thêm «" + unit.code() + "» " + unit.name() + " (" + UnitKinds.name(unit.kind()) + ")"
                        + (unit.parent() == null ? "" : ", trực thuộc «" + unit.parent() + "»")
                        + ", hoạt động từ " + Days.format(unit.validFrom())
                        + (unit.validTo() == null ? "" : " đến " + Days.format(unit.validTo()))
                        + (unit.successor() == null ? "" : ", kế tục bởi «" + unit.successor() + "»") + ".");
            } else {
                describe(lines, old, unit);
            }
        }
        return lines;
    }

    private static void describe(List<String> lines, UnitDetails old, UnitDetails unit) {
        String head = "«" + unit.code() + "»: ";
        changed(lines, old.name(), unit.name(), head + "đổi tên «" + old.name() + "» thành «" + unit.name() + "».");
        changed(lines, old.kind(), unit.kind(), head + "đổi loại " + UnitKinds.name(old.kind()) + " thành "
                + UnitKinds.name(unit.kind()) + ".");
        changed(lines, old.parent(), unit.parent(), head + (unit.parent() == null ? "không còn đơn vị cấp trên."
                : "chuyển về trực thuộc «" + unit.parent() + "»" + (old.parent() == null ? "" : " (trước: «"
                + old.parent() + "»)") + "."));
        changed(lines, old.email(), unit.email(), head + "thư điện tử "
                + (unit.email() == null ? "bỏ trống." : unit.email() + "."));
        changed(lines, old.groupId(), unit.groupId(), head + "nhóm người dùng «" + unit.groupId() + "».");
        changed(lines, old.validFrom(), unit.validFrom(), head + "hoạt động từ " + Days.format(unit.validFrom())
                + " (trước: " + Days.format(old.validFrom()) + ").");
        changed(lines, old.validTo(), unit.validTo(), head + (unit.validTo() == null ? "bỏ ngày kết thúc "
                + Days.format(old.validTo()) + "." : "kết thúc hoạt động ngày " + Days.format(unit.validTo()) + "."));
        changed(lines, old.successor(), unit.successor(), head + (unit.successor() == null
                ? "bỏ đơn vị kế tục «" + old.successor() + "»." : "đơn vị kế tục là «" + unit.successor() + "»."));
    }

    private static void changed(List<String> lines, Object old, Object now, String line) {
        if (!Objects.equals(old, now)) {
            lines.add(line);
        }
    }

    private static String lowerFirst(String where) {
        return where.isEmpty() ? where : Character.toLowerCase(where.charAt(0)) + where.substring(1);
    }
}

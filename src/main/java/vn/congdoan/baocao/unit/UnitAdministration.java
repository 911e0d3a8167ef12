package vn.congdoan.baocao.unit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.StoredText;

/**
 * The province's administrators keep the units: add, rename, move, end, reorganise. Every change is
 * checked whole against the directory as it would be after it; a unit a cycle used is never deleted.
 */
@Service
@Transactional
public class UnitAdministration {

    private final UnitRepository repository;
    private final UnitUsage usage;
    private final ApplicationEventPublisher events;

    UnitAdministration(UnitRepository repository, UnitUsage usage, ApplicationEventPublisher events) {
        this.repository = repository;
        this.usage = usage;
        this.events = events;
    }

    /** A new unit; its group is its code unless it names one. */
    public UnitChanges create(UnitDetails unit, AuthenticatedUser user) {
        requireKeeper(user);
        if (unit.code() != null && repository.existsById(unit.code())) {
            throw new ConflictException("Đơn vị «" + unit.code() + "» đã có trong danh mục; sửa đơn vị bằng "
                    + "PUT /api/units/" + unit.code() + ".");
        }
        return apply(List.of(proposal("Đơn vị «" + StoredText.quote(unit.code()) + "»", withGroup(unit))), false);
    }

    /** Name, kind, parent and e-mail as given; the rest of the unit stays. */
    public UnitChanges update(UnitDetails unit, AuthenticatedUser user) {
        requireKeeper(user);
        UnitDetails current = existing(unit.code());
        UnitDetails changed = current.with(unit.name(), unit.kind(), unit.parent(), unit.email());
        return apply(List.of(proposal("Đơn vị «" + unit.code() + "»", changed)), false);
    }

    /** The unit's last day, and the unit that takes over its work, if any. */
    public UnitChanges end(String code, LocalDate lastDay, String successor, AuthenticatedUser user) {
        requireKeeper(user);
        UnitDetails current = existing(code);
        if (lastDay == null) {
            throw new UnitChangesRefused(List.of("Đơn vị «" + code + "»: chưa có ngày kết thúc (validTo)."));
        }
        return apply(List.of(proposal("Đơn vị «" + code + "»", current.endingOn(lastDay, blankToNull(successor)))),
                false);
    }

    /**
     * Units A, B, C end on a day and D takes over from the next day: D is created when the request describes
     * it (its start day then defaults to the next day), or is an existing unit named by its code alone.
     */
    public UnitChanges reorganise(Reorganisation reorganisation, AuthenticatedUser user) {
        requireKeeper(user);
        List<String> problems = new ArrayList<>();
        if (reorganisation.units() == null || reorganisation.units().isEmpty()) {
            problems.add("Chưa nêu đơn vị nào kết thúc (units).");
        }
        if (reorganisation.validTo() == null) {
            problems.add("Chưa có ngày kết thúc của các đơn vị (validTo).");
        }
        if (reorganisation.successor() == null || reorganisation.successor().code() == null) {
            problems.add("Chưa nêu đơn vị kế tục (successor.code).");
        }
        if (!problems.isEmpty()) {
            throw new UnitChangesRefused(problems);
        }
        UnitDetails successor = reorganisation.successor();
        List<UnitChangeSet.Proposal> proposals = new ArrayList<>();
        boolean exists = repository.existsById(successor.code());
        if (exists && successor.name() != null) {
            throw new ConflictException("Đơn vị kế tục «" + successor.code() + "» đã có trong danh mục: chỉ gửi "
                    + "mã của đơn vị này (successor.code), không gửi tên.");
        }
        if (!exists) {
            LocalDate from = successor.validFrom() != null ? successor.validFrom() : reorganisation.validTo().plusDays(1);
            UnitDetails created = new UnitDetails(successor.code(), successor.name(), successor.kind(),
                    successor.parent(), successor.groupId(), successor.email(), from, successor.validTo(), null);
            proposals.add(proposal("Đơn vị kế tục «" + StoredText.quote(successor.code()) + "»", withGroup(created)));
        }
        for (String code : reorganisation.units()) {
            UnitDetails ended = repository.findById(code == null ? "" : code).map(Unit::details).orElseThrow(() -> new UnitChangesRefused(
                    List.of("Đơn vị «" + StoredText.quote(code) + "» không có trong danh mục.")));
            proposals.add(new UnitChangeSet.Proposal("Đơn vị «" + code + "»",
                    ended.endingOn(reorganisation.validTo(), successor.code())));
        }
        return apply(proposals, false);
    }

    /**
     * A spreadsheet of units as they are to be (.xlsx or .csv, the layout of the export): rows of new codes add
     * units, the others change theirs, units the file leaves out stay. A dry run checks and describes without
     * applying; either way every bad row is named and nothing is applied unless all are good.
     */
    public UnitChanges importFile(byte[] content, boolean dryRun, AuthenticatedUser user) {
        requireKeeper(user);
        List<UnitSheets.ReadRow> rows = UnitSheets.read(content);
        List<String> unreadable = new ArrayList<>();
        Set<String> unreadableRows = new HashSet<>();
        List<UnitChangeSet.Proposal> proposals = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        repository.findAllByOrderByCode().stream().map(Unit::details).forEach(u -> groups.put(u.code(), u.groupId()));
        for (UnitSheets.ReadRow row : rows) {
            UnitDetails unit = normalized(row.proposal().unit());
            // a unit of the file keeps the group it has; a new one is given its code
            String group = unit.code() != null && groups.containsKey(unit.code()) ? groups.get(unit.code()) : unit.code();
            proposals.add(new UnitChangeSet.Proposal(row.proposal().where(), new UnitDetails(unit.code(), unit.name(),
                    unit.kind(), unit.parent(), group, unit.email(), unit.validFrom(), unit.validTo(), unit.successor())));
            if (!row.problems().isEmpty()) {
                unreadable.addAll(row.problems());
                unreadableRows.add(row.proposal().where());
            }
        }
        return apply(proposals, dryRun, unreadable, unreadableRows);
    }

    /** Only a unit that no cycle used and no unit refers to: one that did keeps its history, and is ended instead. */
    public void delete(String code, AuthenticatedUser user) {
        requireKeeper(user);
        existing(code);
        if (usage.usedByACycle(code)) {
            throw new ConflictException("Đơn vị «" + code + "» đã tham gia đợt báo cáo nên không xoá được (báo cáo "
                    + "cũ vẫn cần đến nó); hãy cho đơn vị kết thúc hoạt động: POST /api/units/" + code + "/end.");
        }
        List<String> referring = repository.findAllByOrderByCode().stream().map(Unit::details)
                .filter(u -> code.equals(u.parent()) || code.equals(u.successor()))
                .map(u -> "«" + u.code() + "»").toList();
        if (!referring.isEmpty()) {
            throw new ConflictException("Đơn vị «" + code + "» không xoá được: là đơn vị cấp trên hoặc kế tục của "
                    + String.join(", ", referring) + ".");
        }
        repository.deleteById(code);
    }

    private UnitChanges apply(List<UnitChangeSet.Proposal> proposals, boolean dryRun) {
        return apply(proposals, dryRun, List.of(), Set.of());
    }

    /** @param unreadable what could not be read in rows, whose other problems would only repeat it */
    private UnitChanges apply(List<UnitChangeSet.Proposal> proposals, boolean dryRun, List<String> unreadable,
                              Set<String> unreadableRows) {
        List<UnitDetails> current = repository.findAllByOrderByCode().stream().map(Unit::details).toList();
        UnitChangeSet changes = new UnitChangeSet(current, proposals);
        List<String> problems = new ArrayList<>(unreadable);
        changes.problems().stream()
                .filter(problem -> unreadableRows.stream().noneMatch(where -> problem.startsWith(where + ": ")))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new UnitChangesRefused(problems);
        }
        if (dryRun) {
            return new UnitChanges(false, changes.described());
        }
        List<UnitDetails> touched = new ArrayList<>();
        for (UnitDetails unit : changes.added()) {
            repository.save(new Unit(unit));
            touched.add(unit);
        }
        for (UnitDetails unit : changes.updated()) {
            repository.findById(unit.code()).orElseThrow().apply(unit);
            touched.add(unit);
        }
        repository.flush();
        if (!touched.isEmpty()) {
            events.publishEvent(new UnitsChanged(touched));
        }
        return new UnitChanges(true, changes.described());
    }

    private UnitDetails existing(String code) {
        return repository.findById(code).map(Unit::details).orElseThrow(() -> new NotFoundException(
                "Không có đơn vị «" + StoredText.quote(code) + "» trong danh mục."));
    }

    private static UnitChangeSet.Proposal proposal(String where, UnitDetails unit) {
        return new UnitChangeSet.Proposal(where, normalized(unit));
    }

    private static UnitDetails withGroup(UnitDetails unit) {
        return unit.groupId() != null && !unit.groupId().isBlank() ? unit : new UnitDetails(unit.code(), unit.name(),
                unit.kind(), unit.parent(), unit.code(), unit.email(), unit.validFrom(), unit.validTo(), unit.successor());
    }

    /** Names in NFC (as the documents print them), blanks as absent, codes trimmed. */
    private static UnitDetails normalized(UnitDetails unit) {
        String name = blankToNull(unit.name());
        return new UnitDetails(blankToNull(unit.code()),
                name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC),
                blankToNull(unit.kind()), blankToNull(unit.parent()), blankToNull(unit.groupId()),
                blankToNull(unit.email()), unit.validFrom(), unit.validTo(), blankToNull(unit.successor()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireKeeper(AuthenticatedUser user) {
        if (!user.isMemberOfAny(ProvinceGroups.MASTER_DATA_KEEPERS)) {
            throw new ForbiddenException("Chỉ quản trị viên (nhóm «" + ProvinceGroups.ADMINISTRATORS
                    + "») được thay đổi danh mục đơn vị.");
        }
    }

    /**
     * @param units     codes of the units that end
     * @param validTo   their last day
     * @param successor the unit that takes over: a new one described in full, or an existing one by its code
     */
    public record Reorganisation(List<String> units, LocalDate validTo, UnitDetails successor) {
    }
}

package vn.congdoan.baocao.unit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting units: who exists, and when. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private final UnitRepository repository;

    UnitDirectory(UnitRepository repository) {
        this.repository = repository;
    }

    /** Every unit, or only those valid on the given day. */
    public List<UnitDetails> list(Optional<LocalDate> on) {
        List<Unit> units = on.map(repository::findValidOn).orElseGet(repository::findAllByOrderByCode);
        return units.stream().map(Unit::details).toList();
    }

    public Optional<UnitDetails> find(String code) {
        return repository.findById(code).map(Unit::details);
    }

    /**
     * The units whose work the unit took over, through any number of reorganisations (A and B merged into C,
     * C into D: D's are C, A and B), nearest first; the unit itself is not among them.
     */
    public List<String> predecessors(String code) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(code));
        while (!next.isEmpty()) {
            for (String predecessor : repository.findCodesBySuccessor(next.poll())) {
                // a chain that loops back (entered by mistake) ends where it started
                if (!predecessor.equals(code) && found.add(predecessor)) {
                    next.add(predecessor);
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every unit, in the layout an import reads back. */
    public byte[] exportXlsx() {
        return UnitSheets.xlsx(list(Optional.empty()));
    }

    public byte[] exportCsv() {
        return UnitSheets.csv(list(Optional.empty()));
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Adds units; a unit's parent must come before it or exist already. */
    @Transactional
    public void addAll(List<UnitDetails> units) {
        for (UnitDetails unit : units) {
            check(unit);
            repository.save(new Unit(unit));
        }
    }

    private void check(UnitDetails unit) {
        if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
            throw new IllegalArgumentException("Unit code must be lower-case letters, digits, '.', '_' or '-': " + unit.code());
        }
        if (unit.kind() == null || !KIND.matcher(unit.kind()).matches()) {
            throw new IllegalArgumentException("Unit " + unit.code() + ": kind must be upper-case letters: " + unit.kind());
        }
        if (unit.name() == null || unit.name().isBlank() || unit.validFrom() == null) {
            throw new IllegalArgumentException("Unit " + unit.code() + ": name and validFrom are required");
        }
        if (unit.parent() != null && !repository.existsById(unit.parent())) {
            throw new IllegalArgumentException("Unit " + unit.code() + ": unknown parent " + unit.parent());
        }
    }
}

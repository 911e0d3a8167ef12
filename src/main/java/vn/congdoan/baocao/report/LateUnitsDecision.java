package vn.congdoan.baocao.report;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.congdoan.baocao.system.LinesConverter;

@Entity
@Table(name = "late_units_decision")
class LateUnitsDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long cycleId;
    private String decision;
    private Instant until;

    @Convert(converter = LinesConverter.class)
    private List<String> units;

    private String decidedBy;
    private Instant decidedAt;

    protected LateUnitsDecision() {
    }

    LateUnitsDecision(long cycleId, String decision, Instant until, List<String> units, String decidedBy,
                      Instant decidedAt) {
        this.cycleId = cycleId;
        this.decision = decision;
        this.until = until;
        this.units = List.copyOf(units);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    Instant until() {
        return until;
    }
}

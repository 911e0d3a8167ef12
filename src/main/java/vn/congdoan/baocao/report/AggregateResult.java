package vn.congdoan.baocao.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.congdoan.baocao.system.LinesConverter;

/** The province table as computed when collection ended, with the units it covers and those missing. */
@Entity
@Table(name = "aggregate_result")
class AggregateResult {

    @Id
    private Long cycleId;

    @Convert(converter = LinesConverter.class)
    private List<String> acceptedUnits;

    @Convert(converter = LinesConverter.class)
    private List<String> missingUnits;

    private Instant computedAt;

    @ElementCollection
    @CollectionTable(name = "aggregate_value", joinColumns = @JoinColumn(name = "cycle_id"))
    private Set<AggregateValue> values = new HashSet<>();

    protected AggregateResult() {
    }

    AggregateResult(long cycleId, List<String> acceptedUnits, List<String> missingUnits, Set<AggregateValue> values,
                    Instant computedAt) {
        this.cycleId = cycleId;
        this.acceptedUnits = List.copyOf(acceptedUnits);
        this.missingUnits = List.copyOf(missingUnits);
        this.values.addAll(values);
        this.computedAt = computedAt;
    }

    List<String> acceptedUnits() {
        return acceptedUnits;
    }

    List<String> missingUnits() {
        return missingUnits;
    }

    Instant computedAt() {
        return computedAt;
    }

    Set<AggregateValue> values() {
        return values;
    }
}

package vn.congdoan.baocao.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long cycleId;

    private String unitCode;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private Instant dueAt;

    private Instant submittedAt;

    private Instant firstSubmittedAt;

    private Instant acceptedAt;

    private Instant draftSavedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    private Set<ReportValue> values = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "report_section", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section")
    @Column(name = "body")
    private Map<String, String> sections = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "report_explanation", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "rule_id")
    @Column(name = "body")
    private Map<String, String> explanations = new HashMap<>();

    protected Report() {
    }

    Report(long cycleId, String unitCode, Instant dueAt) {
        this.cycleId = cycleId;
        this.unitCode = unitCode;
        this.dueAt = dueAt;
        this.status = ReportStatus.NOT_STARTED;
    }

    long cycleId() {
        return cycleId;
    }

    String unitCode() {
        return unitCode;
    }

    ReportStatus status() {
        return status;
    }

    /** Goes up with every change: a form opened on an earlier version holds figures that are no longer the draft. */
    int version() {
        return version;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant draftSavedAt() {
        return draftSavedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    /** Replaces what the unit wrote; a blank cell is kept as null, an empty text is not kept. */
    void store(ReportContent content, Instant at) {
        draftSavedAt = at;
        values.clear();
        content.values().forEach((indicator, periods) ->
                periods.forEach((period, amount) -> values.add(new ReportValue(indicator, period, amount))));
        WrittenTexts.replace(sections, content.sections());
        WrittenTexts.replace(explanations, content.explanations());
        if (status == ReportStatus.NOT_STARTED) {
            status = ReportStatus.DRAFT;
        }
    }

    ReportContent content() {
        Map<String, Map<String, Long>> byIndicator = new LinkedHashMap<>();
        values.forEach(v -> byIndicator.computeIfAbsent(v.indicator(), k -> new HashMap<>()).put(v.period(), v.amount()));
        return new ReportContent(byIndicator, sections, explanations);
    }

    void submitted(Instant at) {
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    void returned() {
        status = ReportStatus.RETURNED;
    }

    void accepted(Instant at) {
        status = ReportStatus.ACCEPTED;
        acceptedAt = at;
    }

    void extendTo(Instant until) {
        dueAt = until;
    }

    void missing() {
        status = ReportStatus.MISSING;
    }
}

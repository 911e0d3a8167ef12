package vn.congdoan.baocao.province;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.WrittenTexts;

/** The province's own narrative on the outline; its table is the aggregate. */
@Entity
@Table(name = "province_report")
class ProvinceReport {

    @Id
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private Instant dueAt;
    private Instant submittedAt;
    private Instant acceptedAt;
    private Instant draftSavedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "province_report_section", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyColumn(name = "section")
    @Column(name = "body")
    private Map<String, String> sections = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "province_report_explanation", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyColumn(name = "rule_id")
    @Column(name = "body")
    private Map<String, String> explanations = new HashMap<>();

    protected ProvinceReport() {
    }

    ProvinceReport(long cycleId, Instant dueAt) {
        this.cycleId = cycleId;
        this.dueAt = dueAt;
        this.status = ReportStatus.NOT_STARTED;
    }

    ReportStatus status() {
        return status;
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

    Map<String, String> sections() {
        return Map.copyOf(sections);
    }

    Map<String, String> explanations() {
        return Map.copyOf(explanations);
    }

    /** Replaces the explanations; an empty one is not kept. */
    void explain(Map<String, String> texts) {
        WrittenTexts.replace(explanations, texts);
    }

    /** Replaces the texts; an empty text is not kept. */
    void store(Map<String, String> texts, Instant at) {
        draftSavedAt = at;
        WrittenTexts.replace(sections, texts);
        if (status == ReportStatus.NOT_STARTED) {
            status = ReportStatus.DRAFT;
        }
    }

    void submitted(Instant at) {
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
    }

    void returned() {
        status = ReportStatus.RETURNED;
    }

    void accepted(Instant at) {
        status = ReportStatus.ACCEPTED;
        acceptedAt = at;
    }
}

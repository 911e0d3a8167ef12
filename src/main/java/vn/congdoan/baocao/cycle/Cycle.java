package vn.congdoan.baocao.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.LinesConverter;

@Entity
@Table(name = "cycle")
class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String templateCode;
    private int templateVersion;
    private String title;
    private String planNumber;
    private LocalDate planDate;
    private String place;
    private String superior;
    private String issuer;
    private String legalBasis;
    private String resolution;
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private DeadlineMeans deadlineMeans;

    @Embedded
    @AttributeOverride(name = "input", column = @Column(name = "unit_review_input"))
    @AttributeOverride(name = "due", column = @Column(name = "unit_review_due"))
    private Deadline unitReview;

    @Embedded
    @AttributeOverride(name = "input", column = @Column(name = "unit_report_input"))
    @AttributeOverride(name = "due", column = @Column(name = "unit_report_due"))
    private Deadline unitReport;

    @Embedded
    @AttributeOverride(name = "input", column = @Column(name = "province_review_input"))
    @AttributeOverride(name = "due", column = @Column(name = "province_review_due"))
    private Deadline provinceReview;

    @Embedded
    @AttributeOverride(name = "input", column = @Column(name = "submission_input"))
    @AttributeOverride(name = "due", column = @Column(name = "submission_due"))
    private Deadline submission;

    @Embedded
    @AttributeOverride(name = "input", column = @Column(name = "cut_off_input"))
    @AttributeOverride(name = "due", column = @Column(name = "cut_off_due"))
    private Deadline cutOff;

    @Convert(converter = LinesConverter.class)
    private List<String> remindersBefore;
    private String remindersOverdueEvery;
    private String signerAuthority;
    private String signerTitle;
    private String signerName;

    @Convert(converter = LinesConverter.class)
    private List<String> recipients;

    @Convert(converter = LinesConverter.class)
    private List<String> reportRecipients;
    private String nationalAddress;

    @ElementCollection
    @CollectionTable(name = "cycle_period", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    private List<Period> periods = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cycle_unit", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    private List<CycleUnit> units = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private CycleStage stage;
    private String processInstanceId;
    private String planIssuedNumber;
    private LocalDate planIssuedOn;
    private String createdBy;
    private Instant createdAt;

    @Version
    private int version;

    protected Cycle() {
    }

    Cycle(NewCycle cycle, String createdBy, Instant createdAt) {
        this.templateCode = cycle.templateCode();
        this.templateVersion = cycle.templateVersion();
        apply(cycle);
        this.stage = CycleStage.PLAN_DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The draft plan as revised; its template stays the one the cycle was created on. */
    void revise(NewCycle revised) {
        if (stage != CycleStage.PLAN_DRAFT) {
            throw new ConflictException("Kế hoạch của đợt báo cáo số " + id + " đã trình duyệt hoặc đã ban hành: "
                    + "không sửa được nữa.");
        }
        apply(revised);
    }

    private void apply(NewCycle cycle) {
        this.title = cycle.title();
        this.planNumber = cycle.planNumber();
        this.planDate = cycle.planDate();
        this.place = cycle.place();
        this.superior = cycle.superior();
        this.issuer = cycle.issuer();
        this.legalBasis = cycle.legalBasis();
        this.resolution = cycle.resolution();
        this.timeZone = cycle.timeZone().getId();
        this.deadlineMeans = cycle.deadlineMeans();
        this.unitReview = cycle.unitReview();
        this.unitReport = cycle.unitReport();
        this.provinceReview = cycle.provinceReview();
        this.submission = cycle.submission();
        this.cutOff = cycle.cutOff();
        this.remindersBefore = cycle.remindersBefore();
        this.remindersOverdueEvery = cycle.remindersOverdueEvery();
        this.signerAuthority = cycle.signerAuthority();
        this.signerTitle = cycle.signerTitle();
        this.signerName = cycle.signerName();
        this.recipients = cycle.recipients();
        this.reportRecipients = cycle.reportRecipients();
        this.nationalAddress = cycle.nationalAddress();
        this.periods.clear();
        this.periods.addAll(cycle.periods());
        this.units.clear();
        this.units.addAll(cycle.units());
    }

    String templateCode() {
        return templateCode;
    }

    Long id() {
        return id;
    }

    /** Once the plan is issued, its units and periods never change again (before, a return reopens the draft). */
    boolean planSettled() {
        return stage.compareTo(CycleStage.REPORTING) >= 0;
    }

    boolean awaitsProcess() {
        return processInstanceId == null;
    }

    void attachProcess(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new ConflictException("Đợt báo cáo số " + id + " đã có quy trình của nó.");
        }
        this.processInstanceId = processInstanceId;
    }

    void moveTo(CycleStage stage) {
        this.stage = stage;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Issued under its number, on the day recorded at approval (or the given day if none was). */
    void issuePlan(LocalDate today) {
        this.planIssuedNumber = planNumber;
        if (planIssuedOn == null) {
            this.planIssuedOn = today;
        }
    }

    void issueOn(LocalDate day) {
        this.planIssuedOn = day;
    }

    LocalDate planDate() {
        return planDate;
    }

    Instant unitReviewDue() {
        return unitReview.due();
    }

    CycleView view() {
        return view(participation());
    }

    Participation participation() {
        return new Participation(List.copyOf(periods), List.copyOf(units));
    }

    /** The view with the cycle's periods and units given: they never change once the cycle exists. */
    CycleView view(Participation participation) {
        ZoneId zone = zone();
        // a template's preview is a cycle never stored: number 0
        return new CycleView(id == null ? 0 : id, templateCode, templateVersion, title, planNumber, planDate, place, superior, issuer,
                legalBasis, resolution, participation.periods(), participation.units(),
                new CycleView.Deadlines(deadline(unitReview, zone), deadline(unitReport, zone),
                        deadline(provinceReview, zone), deadline(submission, zone)),
                deadlineMeans, deadline(cutOff, zone), zone, new CycleView.Reminders(remindersBefore, remindersOverdueEvery),
                new CycleView.Signer(signerAuthority, signerTitle, signerName), recipients,
                reportRecipients == null ? List.of() : reportRecipients, nationalAddress,
                stage, processInstanceId, planIssuedNumber, planIssuedOn, createdBy, createdAt);
    }

    private CycleView.DeadlineView deadline(Deadline deadline, ZoneId zone) {
        return CycleView.DeadlineView.of(deadline, deadlineMeans, zone);
    }

    /** A cycle's periods and units, fixed when the cycle is created. */
    record Participation(List<Period> periods, List<CycleUnit> units) {
    }
}

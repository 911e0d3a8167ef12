package vn.congdoan.baocao.national;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.delivery.DeliveryBody;
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.province.ProvinceReports;
import vn.congdoan.baocao.province.SubmissionRecord;
import vn.congdoan.baocao.province.Submissions;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NationalProperties;

/**
 * The provincial report delivered to the national instance: the accepted aggregate and the approved texts, as
 * that province's report in the national cycle the submission names. Each round has one delivery id, derived
 * from the cycle and the number of rounds sent back, so that a retried job delivers the same one again; after
 * a return or a refusal the amended report goes as the next round.
 */
@Service
public class NationalDeliveries {

    /** What a reason read from the national instance may hold: the review log's comment, with room for its lead. */
    static final int MAX_REASON = 3800;

    private final NationalDeliveryRepository repository;
    private final NationalClient client;
    private final NationalProperties national;
    private final Submissions submissions;
    private final ProvinceReports provinceReports;
    private final CycleService cycles;
    private final Clock clock;

    NationalDeliveries(NationalDeliveryRepository repository, NationalClient client, NationalProperties national,
                       Submissions submissions, ProvinceReports provinceReports, CycleService cycles, Clock clock) {
        this.repository = repository;
        this.client = client;
        this.national = national;
        this.submissions = submissions;
        this.provinceReports = provinceReports;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Whether the submission names a national cycle to deliver to. */
    @Transactional(readOnly = true)
    public boolean requested(long cycleId) {
        return submissions.recorded(cycleId).map(SubmissionRecord::nationalCycleId).isPresent();
    }

    /** The timer's wait between two readings of the national review, as ISO 8601. */
    public String pollInterval() {
        return national.pollInterval().toString();
    }

    /**
     * Delivers this round's report (again, if a retry); answers the delivery, REFUSED with the national
     * instance's message when its rules refuse the report. No answer, or any other, is an exception.
     */
    @Transactional
    public NationalDeliveryView deliver(long cycleId) {
        SubmissionRecord submission = submissions.recorded(cycleId).filter(s -> s.nationalCycleId() != null)
                .orElseThrow(() -> new IllegalStateException("Cycle " + cycleId + " names no national cycle"));
        long nationalCycle = submission.nationalCycleId();
        int round = (int) repository.countByCycleIdAndStatusIn(cycleId,
                EnumSet.of(NationalReview.RETURNED, NationalReview.REFUSED)) + 1;
        String deliveryId = "bc" + cycleId + "-lan" + round;
        ProvinceReportView report = provinceReports.view(cycleId);
        DeliveryBody body = new DeliveryBody(submission.documentNumber(), values(report.aggregate()),
                report.sections(), report.explanations());
        NationalClient.Answer answer = client.put(nationalCycle, deliveryId, body);
        NationalDelivery delivery = repository.findById(new NationalDelivery.Key(cycleId, deliveryId)).orElseGet(
                () -> repository.save(new NationalDelivery(cycleId, deliveryId, round, nationalCycle, clock.instant())));
        if (answer.status() == 200 || answer.status() == 201) {
            delivery.reviewed(review(answer.body()), reason(answer.body().path("reason")), clock.instant());
        } else if (answer.status() == 422) {
            delivery.reviewed(NationalReview.REFUSED, refusal(answer.body()), clock.instant());
        } else {
            throw unexpected("PUT", nationalCycle, deliveryId, answer);
        }
        return view(cycleId, delivery);
    }

    /** Reads the national review of the latest delivery and keeps it. */
    @Transactional
    public NationalDeliveryView check(long cycleId) {
        NationalDelivery delivery = repository.findFirstByCycleIdOrderByRoundDesc(cycleId)
                .orElseThrow(() -> new IllegalStateException("Cycle " + cycleId + " delivered nothing yet"));
        NationalClient.Answer answer = client.get(delivery.nationalCycleId(), delivery.deliveryId());
        if (answer.status() != 200) {
            throw unexpected("GET", delivery.nationalCycleId(), delivery.deliveryId(), answer);
        }
        delivery.reviewed(review(answer.body()), reason(answer.body().path("reason")), clock.instant());
        return view(cycleId, delivery);
    }

    /**
     * Corrects the national cycle the submission names, while the national instance has taken none of this
     * cycle's deliveries (it answered 404, or nothing yet); the job waiting to deliver then goes to the new one.
     */
    @Transactional
    public SubmissionRecord correctNationalCycle(long cycleId, Object value, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ sửa số đợt báo cáo của Tổng Liên đoàn.");
        }
        if (repository.countByCycleIdAndStatusIn(cycleId, EnumSet.of(NationalReview.SUBMITTED, NationalReview.ACCEPTED,
                NationalReview.RETURNED)) > 0) {
            throw new ConflictException("Hệ thống của Tổng Liên đoàn đã nhận báo cáo của đợt báo cáo số " + cycleId
                    + ": không đổi được đợt báo cáo của Tổng Liên đoàn nữa.");
        }
        return submissions.correctNationalCycle(cycleId, value);
    }

    /** The latest delivery, if the report went to the national instance. */
    @Transactional(readOnly = true)
    public Optional<NationalDeliveryView> latest(long cycleId) {
        return repository.findFirstByCycleIdOrderByRoundDesc(cycleId).map(d -> view(cycleId, d));
    }

    private static NationalReview review(JsonNode answer) {
        String status = answer.path("status").asText();
        return switch (status) {
            case "SUBMITTED" -> NationalReview.SUBMITTED;
            case "ACCEPTED" -> NationalReview.ACCEPTED;
            case "RETURNED" -> NationalReview.RETURNED;
            default -> throw new NationalUnreachableException("The national instance answered the status «"
                    + status + "», which a delivery does not have: " + answer);
        };
    }

    /** The values of the aggregate by indicator and period, as a unit submits them; blank cells stay blank. */
    private static Map<String, Map<String, Object>> values(AggregateView aggregate) {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        for (AggregateView.Row row : aggregate.rows()) {
            if (!row.values().isEmpty()) {
                values.put(row.indicator(), new LinkedHashMap<>(row.values()));
            }
        }
        return values;
    }

    /** What the national rules refused: each violation they name, or their message when they name none. */
    private static String refusal(JsonNode answer) {
        List<String> violations = new ArrayList<>();
        answer.path("violations").forEach(violation -> violations.add("- " + violation.path("message").asText()));
        return violations.isEmpty() ? reason(answer.path("message")) : clean("Cần sửa:\n" + String.join("\n", violations));
    }

    /** A text read from another system, as the review log can hold it: no control character, at most its length. */
    static String reason(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : clean(node.asText());
    }

    private static String clean(String written) {
        String text = written.strip();
        StringBuilder kept = new StringBuilder();
        text.codePoints().limit(MAX_REASON).forEach(c -> kept.appendCodePoint(
                c == '\n' ? c : Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? ' ' : c));
        return text.codePointCount(0, text.length()) > MAX_REASON ? kept + "…" : kept.toString();
    }

    private static RuntimeException unexpected(String method, long nationalCycle, String deliveryId,
                                               NationalClient.Answer answer) {
        return new NationalUnreachableException(method + " delivery " + deliveryId + " of national cycle " + nationalCycle
                + " answered " + answer.status() + ": " + reason(answer.body().path("message")));
    }

    private NationalDeliveryView view(long cycleId, NationalDelivery delivery) {
        CycleView cycle = cycles.get(cycleId);
        return new NationalDeliveryView(cycleId, delivery.deliveryId(), delivery.nationalCycleId(), delivery.status(),
                delivery.status().sendsBack() ? delivery.reason() : null, cycle.at(delivery.deliveredAt()),
                cycle.at(delivery.checkedAt()));
    }

}

package vn.congdoan.baocao.delivery;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.report.ReportStatus;
import vn.congdoan.baocao.report.ReportView;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.review.ReviewEntry;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.ProblemsRefused;
import vn.congdoan.baocao.system.StoredText;

/**
 * The reports other systems deliver for their unit, each delivery taken once: the same delivery sent again
 * answers as the first time and submits nothing, and a new one is taken only while the unit may still
 * change its report (not yet sent, or returned).
 */
@Service
public class Deliveries {

    public static final String PATH = "/api/cycles/{cycle}/deliveries/{delivery}";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_NUMBER = 100;

    private final DeliveryRepository repository;
    private final ReportService reports;
    private final CycleService cycles;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, ReportService reports, CycleService cycles, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** The delivery, if it arrived. */
    @Transactional(readOnly = true)
    public Optional<DeliveryView> find(long cycleId, String unitCode, String deliveryId) {
        return repository.findById(new Delivery.Key(cycleId, unitCode, deliveryId)).map(d -> view(cycleId, unitCode, d));
    }

    @Transactional(readOnly = true)
    public DeliveryView get(long cycleId, String unitCode, String deliveryId) {
        return find(cycleId, unitCode, deliveryId).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycleId + " chưa nhận lần gửi «" + StoredText.quote(deliveryId) + "» của đơn vị "
                        + unitCode + "."));
    }

    /**
     * Records a new delivery, in the transaction that submits its report; refused while the unit's report is
     * with the reviewer or accepted.
     */
    @Transactional
    public void record(long cycleId, String unitCode, String deliveryId, String clientId, DeliveryBody body) {
        if (deliveryId == null || !ID.matcher(deliveryId).matches()) {
            throw new ProblemsRefused("Chưa nhận được báo cáo:", List.of("Mã lần gửi «" + StoredText.quote(deliveryId)
                    + "» không hợp lệ: 1 đến 64 ký tự chữ không dấu, số, dấu chấm, gạch nối hoặc gạch dưới."));
        }
        StoredText.problem(body.documentNumber(), MAX_NUMBER).ifPresent(problem -> {
            throw new ProblemsRefused("Chưa nhận được báo cáo:", List.of("Số văn bản " + problem.description() + "."));
        });
        ReportView report = reports.view(cycleId, unitCode);
        if (!report.status().editable()) {
            throw new ConflictException("Đợt báo cáo số " + cycleId + " đã nhận báo cáo của đơn vị " + report.unitName()
                    + " (" + switch (report.status()) {
                        case ACCEPTED -> "đã được chấp nhận";
                        case MISSING -> "đã đóng việc nhận báo cáo của đơn vị";
                        default -> "đang chờ xem xét";
                    } + "): lần gửi mới chỉ được nhận khi báo cáo bị trả lại.");
        }
        repository.saveAndFlush(new Delivery(cycleId, unitCode, deliveryId, clientId, body.documentNumber(),
                clock.instant()));
    }

    private DeliveryView view(long cycleId, String unitCode, Delivery delivery) {
        CycleView cycle = cycles.get(cycleId);
        ReportView report = reports.view(cycleId, unitCode);
        String reason = report.status() != ReportStatus.RETURNED ? null
                : report.reviews().stream().max(Comparator.comparing(ReviewEntry::decidedAt))
                        .filter(review -> review.decision() == Decision.RETURN).map(ReviewEntry::comment).orElse(null);
        boolean latest = !repository.existsByCycleIdAndUnitCodeAndReceivedAtAfter(cycleId, unitCode,
                delivery.receivedAt());
        return new DeliveryView(cycleId, unitCode, delivery.deliveryId(), delivery.documentNumber(),
                cycle.at(delivery.receivedAt()), report.status(), reason, latest);
    }
}

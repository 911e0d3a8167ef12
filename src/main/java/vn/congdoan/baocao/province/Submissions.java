package vn.congdoan.baocao.province;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.cycle.CycleParametersException;
import vn.congdoan.baocao.cycle.CycleService;
import vn.congdoan.baocao.cycle.CycleView;
import vn.congdoan.baocao.cycle.DeadlineCalculator;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.notification.NotificationKind;
import vn.congdoan.baocao.notification.NotificationRequest;
import vn.congdoan.baocao.notification.NotificationSubject;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.notification.ReminderTarget;
import vn.congdoan.baocao.report.ReportService;
import vn.congdoan.baocao.security.AuthenticatedUser;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.system.ConflictException;
import vn.congdoan.baocao.system.EmailAddresses;
import vn.congdoan.baocao.system.ForbiddenException;
import vn.congdoan.baocao.system.NationalProperties;
import vn.congdoan.baocao.system.NotFoundException;
import vn.congdoan.baocao.system.StoredText;

/**
 * Records the sending of the provincial report to the national federation and e-mails the package to the
 * recorded address, with the report and its appendix attached, when spring.mail is set.
 */
@Service
public class Submissions {

    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);
    /** The characters of submission.document_number, sender and recipient_address. */
    static final int MAX_NUMBER = 100;
    static final int MAX_SENDER = 200;
    static final int MAX_ADDRESS = 320;

    private final SubmissionRepository repository;
    private final CycleService cycles;
    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final AppProperties properties;
    private final NationalProperties national;
    private final Clock clock;

    Submissions(SubmissionRepository repository, CycleService cycles, Notifications notifications,
                ObjectProvider<JavaMailSender> mail, AppProperties properties, NationalProperties national,
                Clock clock) {
        this.repository = repository;
        this.cycles = cycles;
        this.notifications = notifications;
        this.mail = mail;
        this.properties = properties;
        this.national = national;
        this.clock = clock;
    }

    /**
     * The API's submission fields, checked before the submission task completes; recorded by
     * {@link #record} as from Tasklist.
     */
    public void checkSubmission(Map<String, String> fields, AuthenticatedUser user) {
        if (!user.isMemberOf(ProvinceGroups.POLICY_DEPT)) {
            throw new ForbiddenException("Chỉ Ban Chính sách pháp luật và QHLĐ ghi việc gửi báo cáo về Tổng Liên đoàn.");
        }
        read(fields);
    }

    /**
     * Reads the submission fields (keys as {@link SubmissionRecord}'s); 422 naming every bad field. A national
     * cycle is taken only when this instance knows the national one.
     */
    public SubmissionRecord read(Map<String, ?> fields) {
        List<FieldViolation> violations = new ArrayList<>();
        String number = text(fields, SubmissionRecord.NUMBER);
        String date = text(fields, SubmissionRecord.DATE);
        String sender = text(fields, SubmissionRecord.SENDER);
        String address = text(fields, SubmissionRecord.ADDRESS);
        if (number == null) {
            violations.add(new FieldViolation(SubmissionRecord.NUMBER, "Chưa ghi số văn bản gửi đi."));
        }
        LocalDate sentOn = null;
        if (date == null) {
            violations.add(new FieldViolation(SubmissionRecord.DATE, "Chưa ghi ngày gửi."));
        } else {
            try {
                sentOn = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                violations.add(new FieldViolation(SubmissionRecord.DATE,
                        "Ngày gửi «" + StoredText.quote(date) + "» không đọc được: ghi dạng 2020-09-14."));
            }
        }
        if (sender == null) {
            violations.add(new FieldViolation(SubmissionRecord.SENDER, "Chưa ghi người gửi."));
        }
        if (address == null || !EmailAddresses.isValid(address)) {
            violations.add(new FieldViolation(SubmissionRecord.ADDRESS,
                    "Địa chỉ nhận «" + StoredText.quote(address) + "» không phải địa chỉ thư điện tử."));
        }
        Long nationalCycle = nationalCycle(fields.get(SubmissionRecord.NATIONAL_CYCLE), violations);
        if (nationalCycle != null && !national.configured()) {
            violations.add(new FieldViolation(SubmissionRecord.NATIONAL_CYCLE, "Máy chủ này chưa được cấu hình để gửi"
                    + " báo cáo lên hệ thống của Tổng Liên đoàn (app.national.*): để trống ô số đợt báo cáo của Tổng"
                    + " Liên đoàn, báo cáo được gửi bằng thư điện tử."));
        }
        fits(violations, SubmissionRecord.NUMBER, "Số văn bản", number, MAX_NUMBER);
        fits(violations, SubmissionRecord.SENDER, "Người gửi", sender, MAX_SENDER);
        fits(violations, SubmissionRecord.ADDRESS, "Địa chỉ nhận", address, MAX_ADDRESS);
        if (!violations.isEmpty()) {
            throw new CycleParametersException("Chưa ghi được việc gửi báo cáo:", violations);
        }
        return new SubmissionRecord(number, sentOn, sender, address, nationalCycle);
    }

    /** A whole number from 1 up, as a form's number field or the API's text sends it; blank: none. */
    private static Long nationalCycle(Object value, List<FieldViolation> violations) {
        if (value == null || value instanceof String blank && blank.isBlank()) {
            return null;
        }
        String text = value instanceof Number number ? number.toString() : String.valueOf(value).strip();
        if (text.matches("[0-9]{1,15}(\\.0+)?")) {
            long id = Long.parseLong(text.replaceFirst("\\..*", ""));
            if (id > 0) {
                return id;
            }
        }
        violations.add(new FieldViolation(SubmissionRecord.NATIONAL_CYCLE, "Số đợt báo cáo của Tổng Liên đoàn «"
                + StoredText.quote(text) + "» không phải số nguyên dương (ví dụ 12)."));
        return null;
    }

    @Transactional
    public void record(long cycleId, SubmissionRecord record, String userId) {
        if (repository.existsById(cycleId)) {
            throw new ConflictException("Đợt báo cáo số " + cycleId + " đã ghi việc gửi báo cáo về Tổng Liên đoàn.");
        }
        CycleView cycle = cycles.get(cycleId);
        repository.save(new Submission(cycleId, record, userId, clock.instant()));
        notifications.send(new NotificationRequest(cycleId, NotificationSubject.SUBMISSION, NotificationSubject.PROVINCE,
                NotificationKind.SUBMITTED, ProvinceGroups.LEADERSHIP,
                cycle.deadlines().submission().due().toInstant(), "SUBMITTED",
                "Đã gửi báo cáo của tỉnh về Tổng Liên đoàn: văn bản số " + record.documentNumber() + " ngày "
                        + record.sentOn().format(DeadlineCalculator.DAY) + ", người gửi "
                        + record.sender() + ", tới " + record.recipientAddress() + "."));
    }

    /** E-mails the package to the recorded address, once; answers whether it went out (false without mail). */
    @Transactional
    public boolean send(long cycleId, List<Attachment> files) {
        Submission submission = find(cycleId);
        JavaMailSender sender = mail.getIfAvailable();
        if (submission.mailedAt() != null) {
            return true;
        }
        if (sender == null) {
            LOG.info("No mail server configured: submission of cycle {} recorded only", cycleId);
            return false;
        }
        CycleView cycle = cycles.get(cycleId);
        SubmissionRecord record = submission.record();
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            String from = properties.mail() == null ? null : properties.mail().from();
            if (from != null) {
                mail.setFrom(from);
            }
            mail.setTo(record.recipientAddress());
            mail.setSubject(cycle.issuer() + " gửi báo cáo " + record.documentNumber());
            mail.setText("Kính gửi Tổng Liên đoàn Lao động Việt Nam,\n\n" + cycle.issuer() + " gửi báo cáo "
                    + cycle.title() + " (văn bản số " + record.documentNumber() + " ngày "
                    + record.sentOn().format(DeadlineCalculator.DAY) + ").\n\nTệp đính kèm: "
                    + files.stream().map(Attachment::fileName).collect(Collectors.joining(", "))
                    + ".\n\nNgười gửi: " + record.sender() + "\n");
            for (Attachment file : files) {
                mail.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("The submission mail of cycle " + cycleId + " cannot be written", e);
        }
        sender.send(message);
        submission.mailed(clock.instant());
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<SubmissionView> get(long cycleId, AuthenticatedUser user) {
        ReportService.requireProvince(user);
        CycleView cycle = cycles.get(cycleId);
        return repository.findById(cycleId).map(s -> new SubmissionView(cycleId, s.record(), s.recordedBy(),
                cycle.at(s.recordedAt()), cycle.at(s.mailedAt())));
    }

    /**
     * Corrects the national cycle of a recorded submission that names one (a number mistyped, which the national
     * instance answers with 404); the caller makes sure nothing was taken there yet.
     */
    @Transactional
    public SubmissionRecord correctNationalCycle(long cycleId, Object value) {
        Submission submission = find(cycleId);
        if (submission.record().nationalCycleId() == null) {
            throw new ConflictException("Đợt báo cáo số " + cycleId + " đã gửi báo cáo bằng thư điện tử, không gửi lên"
                    + " hệ thống của Tổng Liên đoàn.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        Long corrected = nationalCycle(value, violations);
        if (corrected == null && violations.isEmpty()) {
            violations.add(new FieldViolation(SubmissionRecord.NATIONAL_CYCLE, "Chưa ghi số đợt báo cáo của Tổng Liên đoàn."));
        }
        if (!violations.isEmpty()) {
            throw new CycleParametersException("Chưa sửa được số đợt báo cáo của Tổng Liên đoàn:", violations);
        }
        submission.nationalCycle(corrected);
        return submission.record();
    }

    /** The sending as recorded, if it is. */
    @Transactional(readOnly = true)
    public Optional<SubmissionRecord> recorded(long cycleId) {
        return repository.findById(cycleId).map(Submission::record);
    }

    /** Whom to remind while nothing was sent to the national federation. */
    @Transactional(readOnly = true)
    public Optional<ReminderTarget> reminderTarget(long cycleId) {
        if (repository.existsById(cycleId)) {
            return Optional.empty();
        }
        CycleView cycle = cycles.get(cycleId);
        Instant due = cycle.deadlines().submission().due().toInstant();
        return Optional.of(ReminderTarget.ofProvince(cycleId, NotificationSubject.SUBMISSION,
                NotificationSubject.PROVINCE,
                ProvinceGroups.POLICY_DEPT, "việc gửi báo cáo của tỉnh về Tổng Liên đoàn (đợt báo cáo số " + cycleId + ")",
                "Ban Chính sách pháp luật và QHLĐ", due, cycle.timeZone()));
    }

    private Submission find(long cycleId) {
        return repository.findById(cycleId).orElseThrow(() -> new NotFoundException(
                "Đợt báo cáo số " + cycleId + " chưa ghi việc gửi báo cáo về Tổng Liên đoàn."));
    }

    private static void fits(List<FieldViolation> violations, String field, String name, String text, int max) {
        StoredText.problem(text, max).ifPresent(problem ->
                violations.add(new FieldViolation(field, name + " " + problem.description() + ".")));
    }

    private static String text(Map<String, ?> fields, String key) {
        Object value = fields == null ? null : fields.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}

package vn.congdoan.baocao.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.system.StoredText;

/** Every review decision and its comment, kept for good. */
@Service
@Transactional
public class ReviewLog {

    /** The characters of review.comment. */
    public static final int MAX_COMMENT = 4000;

    private final ReviewRepository repository;
    private final Clock clock;

    ReviewLog(ReviewRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records a decision; a RETURN needs a comment saying what to fix. */
    public ReviewEntry record(long cycleId, ReviewSubject subject, String unitCode, String decisionText, String comment,
                              String decidedBy) {
        Decision decision = check(decisionText, comment);
        String text = comment == null ? null : comment.strip();
        Review review = new Review(cycleId, subject, unitCode, decision, text == null || text.isEmpty() ? null : text,
                decidedBy, clock.instant());
        return repository.save(review).entry();
    }

    @Transactional(readOnly = true)
    public List<ReviewEntry> history(long cycleId, ReviewSubject subject, String unitCode) {
        List<Review> reviews = unitCode == null
                ? repository.findByCycleIdAndSubjectAndUnitCodeIsNullOrderById(cycleId, subject)
                : repository.findByCycleIdAndSubjectAndUnitCodeOrderById(cycleId, subject, unitCode);
        return reviews.stream().map(Review::entry).toList();
    }

    /** How many times each unit's report (of that subject) was decided so in the cycle; units with none left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> countByUnit(long cycleId, ReviewSubject subject, Decision decision) {
        Map<String, Long> counts = new HashMap<>();
        repository.countByUnit(cycleId, subject, decision).forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The comment as a process variable holds it: "" for none. */
    public static String commentOrNone(String comment) {
        return comment == null ? "" : comment;
    }

    /** Reads a decision and checks its comment: a RETURN says what to fix. */
    public static Decision check(String decisionText, String comment) {
        Decision decision = parse(decisionText);
        String text = comment == null ? null : comment.strip();
        if (decision == Decision.RETURN && (text == null || text.isEmpty())) {
            throw new BadRequestException("Trả lại thì phải ghi ý kiến: nêu rõ cần sửa gì.");
        }
        StoredText.problem(text, MAX_COMMENT).ifPresent(problem -> {
            throw new BadRequestException("Ý kiến " + problem.description() + ".");
        });
        return decision;
    }

    private static Decision parse(String decision) {
        try {
            return Decision.valueOf(decision == null ? "" : decision.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Quyết định «" + StoredText.quote(decision) + "» không hợp lệ: ACCEPT (chấp nhận) hoặc RETURN (trả lại).");
        }
    }
}

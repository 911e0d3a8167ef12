package vn.congdoan.baocao.report;

import java.util.List;

/**
 * Texts that their columns cannot take (too long, or with a NUL character); everything else that was
 * sent has been stored as the draft, and each refused text kept what was stored for it before.
 */
public class TextsNotStoredException extends ReportRejectedException {

    private final boolean tooLong;

    public TextsNotStoredException(String message, List<Violation> violations, boolean tooLong) {
        super(message, violations);
        this.tooLong = tooLong;
    }

    /** Whether every refused text was refused for its length (413), rather than for a character it holds. */
    public boolean tooLong() {
        return tooLong;
    }
}

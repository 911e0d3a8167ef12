package vn.congdoan.baocao.report;

import java.util.List;

import vn.congdoan.baocao.system.UserFacingException;

/** A draft or submission was refused; what the user had saved before is untouched or kept as a draft. */
public class ReportRejectedException extends UserFacingException {

    private final transient List<Violation> violations;

    public ReportRejectedException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

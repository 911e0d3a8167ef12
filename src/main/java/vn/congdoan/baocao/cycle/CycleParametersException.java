package vn.congdoan.baocao.cycle;

import java.util.List;
import java.util.stream.Collectors;

import vn.congdoan.baocao.system.UserFacingException;

/** The parameters of a cycle were refused; nothing was started. */
public class CycleParametersException extends UserFacingException {

    private final transient List<FieldViolation> violations;

    public CycleParametersException(List<FieldViolation> violations) {
        this("Không khởi tạo được đợt báo cáo:", violations);
    }

    /** @param lead what was refused, before the violations in the message */
    public CycleParametersException(String lead, List<FieldViolation> violations) {
        super(lead + " " + violations.stream().map(FieldViolation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

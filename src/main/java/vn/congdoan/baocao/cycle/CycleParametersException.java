package vn.congdoan.baocao.cycle;

import java.util.List;
import java.util.stream.Collectors;

import vn.congdoan.baocao.system.UserFacingException;

/** The parameters of a cycle were refused; nothing was started. */
public class CycleParametersException extends UserFacingException {

    private final transient List<FieldViolation> violations;

    public CycleParametersException(List<FieldViolation> violations) {
        super("Không khởi tạo được đợt báo cáo: " + violations.stream()
                .map(FieldViolation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

package vn.congdoan.baocao.unit;

import java.util.List;

import vn.congdoan.baocao.system.UserFacingException;

/** A change of the units was refused whole: nothing was applied. */
public class UnitChangesRefused extends UserFacingException {

    private final transient List<String> problems;

    UnitChangesRefused(List<String> problems) {
        super("Chưa thay đổi danh mục đơn vị (không áp dụng dòng nào): " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

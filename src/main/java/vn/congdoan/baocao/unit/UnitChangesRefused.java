package vn.congdoan.baocao.unit;

import java.util.List;

import vn.congdoan.baocao.system.ProblemsRefused;

/** A change of the units was refused whole: nothing was applied. */
public class UnitChangesRefused extends ProblemsRefused {

    UnitChangesRefused(List<String> problems) {
        super("Chưa thay đổi danh mục đơn vị (không áp dụng dòng nào):", problems);
    }
}

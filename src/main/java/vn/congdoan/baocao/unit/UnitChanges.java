package vn.congdoan.baocao.unit;

import java.util.List;

/**
 * What a change of the units did, or would do on a dry run.
 *
 * @param applied whether it was applied (false: a dry run)
 * @param changes one line per unit and change, in Vietnamese; empty when nothing differs
 */
public record UnitChanges(boolean applied, List<String> changes) {

    public UnitChanges {
        changes = List.copyOf(changes);
    }
}

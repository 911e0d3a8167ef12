package vn.congdoan.baocao.unit;

import java.util.List;

/** Published in the transaction that added or changed the units, as they are now. */
public record UnitsChanged(List<UnitDetails> units) {

    public UnitsChanged {
        units = List.copyOf(units);
    }
}

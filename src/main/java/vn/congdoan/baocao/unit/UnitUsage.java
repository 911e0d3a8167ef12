package vn.congdoan.baocao.unit;

/** Whether a cycle took part of its data from a unit: such a unit stays in the directory for good. */
public interface UnitUsage {

    boolean usedByACycle(String unitCode);
}

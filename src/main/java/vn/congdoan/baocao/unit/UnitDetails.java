package vn.congdoan.baocao.unit;

import java.time.LocalDate;

/**
 * A reporting unit as master data.
 *
 * @param kind      DISTRICT, SECTOR, COMMUNE, ZONE, PROVINCE, ...: whatever kinds an administration needs
 * @param parent    code of the unit it reports to, or null
 * @param groupId   the group whose members work for the unit, or null for a unit nobody logs in for
 * @param validTo   last day the unit exists, or null while it exists
 * @param successor code of the unit that took over its work when it ended, or null
 */
public record UnitDetails(
        String code,
        String name,
        String kind,
        String parent,
        String groupId,
        String email,
        LocalDate validFrom,
        LocalDate validTo,
        String successor) {

    public UnitDetails(String code, String name, String kind, String parent, String groupId, String email,
                       LocalDate validFrom, LocalDate validTo) {
        this(code, name, kind, parent, groupId, email, validFrom, validTo, null);
    }

    UnitDetails with(String newName, String newKind, String newParent, String newEmail) {
        return new UnitDetails(code, newName, newKind, newParent, groupId, newEmail, validFrom, validTo, successor);
    }

    UnitDetails endingOn(LocalDate lastDay, String successorCode) {
        return new UnitDetails(code, name, kind, parent, groupId, email, validFrom, lastDay, successorCode);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}

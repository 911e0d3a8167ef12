package vn.congdoan.baocao.unit;

import java.time.LocalDate;

/**
 * A reporting unit as master data.
 *
 * @param kind    DISTRICT, SECTOR, COMMUNE, ZONE, PROVINCE, ...: whatever kinds an administration needs
 * @param parent  code of the unit it reports to, or null
 * @param groupId the group whose members work for the unit, or null for a unit nobody logs in for
 * @param validTo last day the unit exists, or null while it exists
 */
public record UnitDetails(
        String code,
        String name,
        String kind,
        String parent,
        String groupId,
        String email,
        LocalDate validFrom,
        LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}

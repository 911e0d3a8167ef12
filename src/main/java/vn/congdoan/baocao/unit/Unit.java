package vn.congdoan.baocao.unit;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit")
class Unit {

    @Id
    private String code;

    private String name;

    private String kind;

    private String parentCode;

    private String groupId;

    private String email;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String successorCode;

    protected Unit() {
    }

    Unit(UnitDetails details) {
        this.code = details.code();
        apply(details);
    }

    /** Takes what an administrator changed; the code, the key of everything that refers to the unit, stays. */
    void apply(UnitDetails details) {
        this.name = details.name();
        this.kind = details.kind();
        this.parentCode = details.parent();
        this.groupId = details.groupId();
        this.email = details.email();
        this.validFrom = details.validFrom();
        this.validTo = details.validTo();
        this.successorCode = details.successor();
    }

    UnitDetails details() {
        return new UnitDetails(code, name, kind, parentCode, groupId, email, validFrom, validTo, successorCode);
    }
}

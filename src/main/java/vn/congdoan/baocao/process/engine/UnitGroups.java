package vn.congdoan.baocao.process.engine;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitsChanged;

/**
 * Each unit's group, named as the unit, with its Tasklist rights, made in the transaction that adds or
 * renames the unit. An ended unit keeps its group, so its people still read what it reported.
 */
@Component
class UnitGroups {

    private final EngineIdentities identities;
    private final IdentityService identity;

    UnitGroups(EngineIdentities identities, IdentityService identity) {
        this.identities = identities;
        this.identity = identity;
    }

    /** The administrator's right to change units was checked; the groups are the application's bookkeeping. */
    @EventListener
    void on(UnitsChanged changed) {
        EngineUser.asEngine(identity, () -> {
            for (UnitDetails unit : changed.units()) {
                if (unit.groupId() != null) {
                    identities.unitGroup(unit.groupId(), unit.name());
                }
            }
        });
    }
}

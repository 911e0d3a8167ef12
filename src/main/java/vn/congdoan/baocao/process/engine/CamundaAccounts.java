package vn.congdoan.baocao.process.engine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.congdoan.baocao.people.Accounts;
import vn.congdoan.baocao.people.Person;
import vn.congdoan.baocao.security.ProvinceGroups;

/**
 * The people in the engine's identity tables. Their full name is kept as Tasklist shows it, "first last":
 * the family and middle names as first name, the given name as last, so that "Nguyễn Văn An" reads as
 * written. The application has checked the administrator's right; the engine's own checks are for people
 * acting in Camunda Admin.
 */
@Component
class CamundaAccounts implements Accounts {

    private final SecureRandom random = new SecureRandom();
    private final IdentityService identity;

    CamundaAccounts(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<Person> find(String userId) {
        return EngineUser.asEngine(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return Optional.empty();
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).strip();
            return Optional.of(new Person(user.getId(), name, user.getEmail(),
                    identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).sorted().toList()));
        });
    }

    @Override
    public boolean isSystemAdministrator(String userId) {
        return EngineUser.asEngine(identity, () ->
                identity.createUserQuery().userId(userId).memberOfGroup(ProvinceGroups.CAMUNDA_ADMIN).count() > 0);
    }

    @Override
    public boolean groupExists(String groupId) {
        return EngineUser.asEngine(identity, () -> identity.createGroupQuery().groupId(groupId).count() > 0);
    }

    @Override
    public void create(Person person) {
        EngineUser.asEngine(identity, () -> {
            User user = identity.newUser(person.userId());
            name(user, person);
            // nobody knows this one: the person sets theirs with the link
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            identity.saveUser(user);
            person.groups().forEach(group -> identity.createMembership(person.userId(), group));
        });
    }

    @Override
    public void update(Person person) {
        EngineUser.asEngine(identity, () -> {
            User user = identity.createUserQuery().userId(person.userId()).singleResult();
            name(user, person);
            identity.saveUser(user);
            for (String group : person.groups()) {
                if (identity.createUserQuery().userId(person.userId()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(person.userId(), group);
                }
            }
        });
    }

    @Override
    public void setPassword(String userId, String password) {
        EngineUser.asEngine(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
        });
    }

    /** An e-mail left out keeps the one the person has. */
    private static void name(User user, Person person) {
        String full = person.fullName().strip();
        int last = full.lastIndexOf(' ');
        user.setFirstName(last < 0 ? "" : full.substring(0, last));
        user.setLastName(last < 0 ? full : full.substring(last + 1));
        if (person.email() != null) {
            user.setEmail(person.email());
        }
    }
}

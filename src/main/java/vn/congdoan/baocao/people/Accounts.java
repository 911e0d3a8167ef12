package vn.congdoan.baocao.people;

import java.util.Optional;

/** The people who log in and their groups, where the engine keeps them. */
public interface Accounts {

    Optional<Person> find(String userId);

    /** Whether the person holds rights over everything (system administration): not for an import to touch. */
    boolean isSystemAdministrator(String userId);

    boolean groupExists(String groupId);

    /** A new person, without a password anyone knows, in their groups. */
    void create(Person person);

    /** Name and e-mail as given; the groups given are added to theirs, none is taken away. */
    void update(Person person);

    void setPassword(String userId, String password);
}

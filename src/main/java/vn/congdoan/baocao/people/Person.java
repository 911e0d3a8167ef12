package vn.congdoan.baocao.people;

import java.util.List;

/**
 * A person who logs in, as the administrators keep them.
 *
 * @param fullName as Vietnamese writes it, family name first
 * @param groups   the groups they work in: their unit's, or a province group's
 */
public record Person(String userId, String fullName, String email, List<String> groups) {

    public Person {
        groups = List.copyOf(groups);
    }
}

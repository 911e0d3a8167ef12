package vn.congdoan.baocao.people;

import java.util.List;

/**
 * What an import of people did, or would do on a dry run.
 *
 * @param changes one line per person and change, in Vietnamese
 * @param links   the set-password links issued to the new people
 */
public record PeopleChanges(boolean applied, List<String> changes, List<IssuedLink> links) {

    public PeopleChanges {
        changes = List.copyOf(changes);
        links = List.copyOf(links);
    }
}

package vn.congdoan.baocao.security;

import java.util.Collection;
import java.util.List;

/** A user logged in by HTTP Basic or the webapp session, with the groups they belong to. */
public record AuthenticatedUser(String id, List<String> groups) {

    public AuthenticatedUser {
        groups = List.copyOf(groups);
    }

    public boolean isMemberOfAny(Collection<String> any) {
        return any.stream().anyMatch(groups::contains);
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }
}

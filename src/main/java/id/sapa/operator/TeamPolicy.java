package id.sapa.operator;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Role;
import id.sapa.shared.Text;

/**
 * Who may add, change or remove whom. Owners and admins manage the team, owners are the owners' to
 * change, and an invitation or a change never gives more than its issuer has: no role above their
 * own, no permission they lack themselves.
 */
final class TeamPolicy {

    private TeamPolicy() {
    }

    /**
     * @param target the member as they are, or {@code null} for someone being invited
     * @param role   the role they are to have (always given for someone invited), or {@code null} to keep theirs
     * @param flags  their permission flags to be, or {@code null} to keep theirs
     * @throws ProblemException 403 naming the rule broken
     */
    static void checkMayManage(Actor actor, Operator target, Role role, Map<String, Boolean> flags) {
        if (!actor.can(Permission.MANAGE_USERS)) {
            throw ProblemException.forbidden(new Text("Hanya pemilik dan admin yang dapat mengatur tim",
                    "Only owners and admins manage the team"));
        }
        if (target != null && target.role() == Role.OWNER && actor.role() != Role.OWNER) {
            throw ProblemException.forbidden(new Text("Hanya pemilik yang dapat mengubah atau menghapus pemilik",
                    "Only an owner may change or remove an owner"));
        }
        if (role != null && role.isAbove(actor.role())) {
            throw ProblemException.forbidden(new Text(
                    "Tidak ada yang dapat memberi peran di atas perannya sendiri: hanya pemilik yang dapat menjadikan "
                            + "seseorang pemilik",
                    "Nobody can give a role above their own: only an owner may make someone an owner"));
        }
        Set<Permission> beyondIssuer = granted(target, role, flags);
        beyondIssuer.removeAll(actor.permissions());
        if (!beyondIssuer.isEmpty()) {
            String names = String.join(", ", beyondIssuer.stream().map(Permission::name).toList());
            throw ProblemException.forbidden(new Text(
                    "Tidak ada yang dapat memberi izin yang tidak dimilikinya sendiri: " + names,
                    "Nobody can grant a permission they do not have themselves: " + names))
                    .with("permissions", List.copyOf(beyondIssuer));
        }
    }

    /** The permissions the member would have after the change and does not have now. */
    private static Set<Permission> granted(Operator target, Role role, Map<String, Boolean> flags) {
        Role after = role != null ? role : target.role();
        Map<String, Boolean> afterFlags = flags != null ? flags : target == null ? null : target.permissions();
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        granted.addAll(after.permissions(afterFlags));
        if (target != null) {
            granted.removeAll(target.effectivePermissions());
        }
        return granted;
    }
}

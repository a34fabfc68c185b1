package id.sapa.shared;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The role of a user inside a tenant, serialised in lower case as in the seeds. Declared from the
 * most to the least powerful.
 */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.allOf(Permission.class)),
    SUPERVISOR(EnumSet.of(Permission.READ, Permission.WORK_CHATS, Permission.SUPERVISE, Permission.ASSIGN_CHATS,
            Permission.MANAGE_QUICK_REPLIES, Permission.MANAGE_RULES, Permission.EXPORT, Permission.DELETE_MESSAGES,
            Permission.SEND_NOTICES)),
    OPERATOR(EnumSet.of(Permission.READ, Permission.WORK_CHATS)),
    VIEWER(EnumSet.of(Permission.READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether this role ranks higher than the other: nobody hands out a role above their own. */
    public boolean isAbove(Role other) {
        return compareTo(other) < 0;
    }

    /**
     * The role's permissions with the user's flags applied: {@code true} grants, {@code false}
     * withdraws; unknown flags and flags of role-only permissions are ignored. An owner keeps
     * everything, so a business can never lock its owner out.
     */
    public Set<Permission> permissions(Map<String, Boolean> flags) {
        Set<Permission> effective = permissions();
        if (this == OWNER || flags == null) {
            return effective;
        }
        flags.forEach((flag, granted) -> Permission.ofFlag(flag).ifPresent(permission -> {
            if (Boolean.TRUE.equals(granted)) {
                effective.add(permission);
            } else if (Boolean.FALSE.equals(granted)) {
                effective.remove(permission);
            }
        }));
        return effective;
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static Role fromCode(String code) {
        return Codes.parse(Role.class, code);
    }
}

package id.sapa.shared;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The role of a user inside a tenant, serialised in lower case as in the seeds. */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.allOf(Permission.class)),
    SUPERVISOR(EnumSet.of(Permission.READ, Permission.WORK_CHATS, Permission.SUPERVISE)),
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

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static Role fromCode(String code) {
        return Codes.parse(Role.class, code);
    }
}

package id.sapa.shared;

import java.util.Optional;

/**
 * What a user may do. Roles grant sets of permissions; endpoints ask for a permission, never for a
 * role, so a per-user flag (seed 002 {@code permissions}, e.g. {@code can_assign_chats}) can widen or
 * narrow a role without touching controllers.
 */
public enum Permission {
    /** See conversations, contacts, dashboards. */
    READ,
    /** Answer chats: send messages, notes, statuses. */
    WORK_CHATS,
    /** Run the team's work: see every conversation, not only one's own and the unassigned ones. */
    SUPERVISE,
    /** Hand conversations to others. */
    ASSIGN_CHATS("can_assign_chats"),
    /** Write the quick replies the whole team shares. */
    MANAGE_QUICK_REPLIES("can_manage_quick_replies"),
    /** Write auto-reply rules. */
    MANAGE_RULES("can_manage_rules"),
    /** Export conversations, contacts and reports. */
    EXPORT("can_export"),
    /** Delete messages. */
    DELETE_MESSAGES("can_delete_messages"),
    /** Invite, change and remove users. */
    MANAGE_USERS,
    /** Send billing notices (payments, invoices, reminders) to the tenant's customers. */
    SEND_NOTICES,
    /** Change the tenant's settings and its WhatsApp connection. */
    MANAGE_TENANT;

    private final String flag;

    Permission() {
        this(null);
    }

    Permission(String flag) {
        this.flag = flag;
    }

    /** The Spring Security authority name, as used in {@code hasAuthority(...)}. */
    public String authority() {
        return name();
    }

    /**
     * The per-user flag that may grant or withdraw this permission; empty for the ones only a role
     * gives (a flag must never make anyone an admin).
     */
    public Optional<String> flag() {
        return Optional.ofNullable(flag);
    }

    public static Optional<Permission> ofFlag(String flag) {
        for (Permission permission : values()) {
            if (permission.flag != null && permission.flag.equals(flag)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }
}

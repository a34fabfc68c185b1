package id.sapa.shared;

/**
 * What a user may do. Roles grant sets of permissions; endpoints ask for a permission, never for a
 * role, so a later per-user override can widen or narrow a role without touching controllers.
 */
public enum Permission {
    /** See conversations, contacts, dashboards. */
    READ,
    /** Answer chats: send messages, notes, statuses. */
    WORK_CHATS,
    /** Run the team's work: rules, quick replies, assignment, exports. */
    SUPERVISE,
    /** Invite, change and remove users. */
    MANAGE_USERS,
    /** Change the tenant's settings and its WhatsApp connection. */
    MANAGE_TENANT;

    /** The Spring Security authority name, as used in {@code hasAuthority(...)}. */
    public String authority() {
        return name();
    }
}

package id.sapa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void ownersAndAdminsMayDoEverything() {
        for (Permission permission : Permission.values()) {
            assertThat(Role.OWNER.can(permission)).isTrue();
            assertThat(Role.ADMIN.can(permission)).isTrue();
        }
    }

    @Test
    void supervisorsRunTheTeamButNotUsersOrSettings() {
        assertThat(Role.SUPERVISOR.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.WORK_CHATS,
                Permission.SUPERVISE, Permission.ASSIGN_CHATS, Permission.MANAGE_QUICK_REPLIES, Permission.MANAGE_RULES,
                Permission.EXPORT, Permission.DELETE_MESSAGES, Permission.SEND_NOTICES);
    }

    @Test
    void flagsGrantAndWithdrawOnlyTheFinePermissions() {
        assertThat(Role.OPERATOR.permissions(java.util.Map.of("can_assign_chats", true, "can_manage_users", true)))
                .containsExactlyInAnyOrder(Permission.READ, Permission.WORK_CHATS, Permission.ASSIGN_CHATS);
        assertThat(Role.SUPERVISOR.permissions(java.util.Map.of("can_export", false)))
                .doesNotContain(Permission.EXPORT).contains(Permission.ASSIGN_CHATS);
        assertThat(Role.OWNER.permissions(java.util.Map.of("can_export", false))).contains(Permission.EXPORT);
    }

    @Test
    void operatorsWorkChatsAndViewersOnlyRead() {
        assertThat(Role.OPERATOR.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.WORK_CHATS);
        assertThat(Role.VIEWER.permissions()).containsExactly(Permission.READ);
    }

    @Test
    void rolesRankFromOwnerDownToViewer() {
        assertThat(Role.OWNER.isAbove(Role.ADMIN)).isTrue();
        assertThat(Role.ADMIN.isAbove(Role.SUPERVISOR)).isTrue();
        assertThat(Role.OPERATOR.isAbove(Role.VIEWER)).isTrue();
        assertThat(Role.ADMIN.isAbove(Role.ADMIN)).isFalse();
        assertThat(Role.ADMIN.isAbove(Role.OWNER)).isFalse();
    }

    @Test
    void rolesAreWrittenInLowerCase() {
        assertThat(Role.SUPERVISOR.code()).isEqualTo("supervisor");
        assertThat(Role.fromCode("viewer")).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> Role.fromCode("root")).hasMessageContaining("owner, admin");
    }
}

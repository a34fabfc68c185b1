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
        assertThat(Role.SUPERVISOR.permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.WORK_CHATS, Permission.SUPERVISE);
    }

    @Test
    void operatorsWorkChatsAndViewersOnlyRead() {
        assertThat(Role.OPERATOR.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.WORK_CHATS);
        assertThat(Role.VIEWER.permissions()).containsExactly(Permission.READ);
    }

    @Test
    void rolesAreWrittenInLowerCase() {
        assertThat(Role.SUPERVISOR.code()).isEqualTo("supervisor");
        assertThat(Role.fromCode("viewer")).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> Role.fromCode("root")).hasMessageContaining("owner, admin");
    }
}

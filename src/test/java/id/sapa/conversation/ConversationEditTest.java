package id.sapa.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

class ConversationEditTest {

    static final Instant CREATED = Instant.parse("2026-11-20T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @Test
    void resolvingStampsTheTimeAndReportsIt() {
        ConversationEdit edit = ConversationEdit.of(conversation(ConversationStatus.ACTIVE, null, ChatMode.BOT, null),
                status(ConversationStatus.RESOLVED), NOW);

        assertThat(edit.resolvedAt()).isEqualTo(NOW);
        assertThat(edit.updates()).containsExactly(entry("status", "resolved"), entry("resolvedAt", NOW.toString()));
    }

    @Test
    void resolvingAgainKeepsTheFirstTimeAndIsNoChange() {
        Instant resolved = NOW.minusSeconds(3600);
        ConversationEdit edit = ConversationEdit.of(conversation(ConversationStatus.RESOLVED, null, ChatMode.BOT, resolved),
                status(ConversationStatus.RESOLVED), NOW);

        assertThat(edit.resolvedAt()).isEqualTo(resolved);
        assertThat(edit.changesAnything()).isFalse();
    }

    @Test
    void leavingResolvedClearsTheTime() {
        ConversationEdit edit = ConversationEdit.of(
                conversation(ConversationStatus.RESOLVED, null, ChatMode.BOT, NOW.minusSeconds(60)),
                status(ConversationStatus.CLOSED), NOW);

        assertThat(edit.resolvedAt()).isNull();
        assertThat(edit.updates()).containsExactly(entry("status", "closed"), entry("resolvedAt", null));
    }

    @Test
    void handingABotConversationToAPersonStopsTheBot() {
        UserId agent = UserId.random();
        ConversationEdit edit = ConversationEdit.of(conversation(ConversationStatus.ACTIVE, null, ChatMode.BOT, null),
                ConversationChanges.assign(agent), NOW);

        assertThat(edit.mode()).isEqualTo(ChatMode.AGENT);
        assertThat(edit.reassigns()).isTrue();
        assertThat(edit.updates()).containsExactly(entry("mode", "agent"), entry("assignedCsId", agent.toString()));
    }

    @Test
    void aPausedConversationStaysPausedAndAnExplicitModeWins() {
        UserId agent = UserId.random();
        Conversation paused = conversation(ConversationStatus.ACTIVE, null, ChatMode.PAUSED, null);
        Conversation bot = conversation(ConversationStatus.ACTIVE, null, ChatMode.BOT, null);

        assertThat(ConversationEdit.of(paused, ConversationChanges.assign(agent), NOW).mode()).isEqualTo(ChatMode.PAUSED);
        assertThat(ConversationEdit.of(bot, new ConversationChanges(null, null, ChatMode.BOT, null, null,
                Optional.of(agent)), NOW).mode()).isEqualTo(ChatMode.BOT);
    }

    @Test
    void unassigningKeepsTheModeAndReportsNull() {
        ConversationEdit edit = ConversationEdit.of(
                conversation(ConversationStatus.ACTIVE, UserId.random(), ChatMode.AGENT, null),
                ConversationChanges.unassign(), NOW);

        assertThat(edit.assignedCsId()).isNull();
        assertThat(edit.updates()).containsExactly(entry("assignedCsId", null));
    }

    @Test
    void valuesEqualToTheCurrentOnesAreNoChange() {
        Conversation current = conversation(ConversationStatus.PENDING, null, ChatMode.AGENT, null);

        ConversationEdit edit = ConversationEdit.of(current, new ConversationChanges(ConversationStatus.PENDING,
                Priority.NORMAL, ChatMode.AGENT, List.of("vip"), Optional.of("call after 5pm"), Optional.empty()), NOW);

        assertThat(edit.changesAnything()).isFalse();
    }

    @Test
    void onlyTheChangedFieldsAreReported() {
        Conversation current = conversation(ConversationStatus.PENDING, null, ChatMode.AGENT, null);

        ConversationEdit edit = ConversationEdit.of(current, new ConversationChanges(ConversationStatus.PENDING,
                Priority.URGENT, null, List.of("vip", "complaint"), Optional.empty(), null), NOW);

        assertThat(edit.updates()).containsExactly(entry("priority", "urgent"), entry("tags", List.of("vip", "complaint")),
                entry("internalNotes", null));
    }

    private static ConversationChanges status(ConversationStatus status) {
        return new ConversationChanges(status, null, null, null, null, null);
    }

    private static Conversation conversation(ConversationStatus status, UserId assignee, ChatMode mode,
            Instant resolvedAt) {
        return new Conversation(ConversationId.random(), TenantId.random(), ContactId.random(), assignee,
                WhatsAppUser.of(new PhoneNumber("+6281234567890")), "Budi", null, status, Priority.NORMAL, mode, 0, 1, CREATED,
                "halo", SenderType.CUSTOMER, CREATED, List.of("vip"), null, "call after 5pm", CREATED, CREATED,
                resolvedAt);
    }
}

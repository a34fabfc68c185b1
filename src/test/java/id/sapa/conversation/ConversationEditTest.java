package id.sapa.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.sapa.conversation.ConversationEvent.ConversationResolved;
import id.sapa.conversation.ConversationEvent.InternalNotesChanged;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEvent.PriorityChanged;
import id.sapa.conversation.ConversationEvent.SnoozeChanged;
import id.sapa.conversation.ConversationEvent.StatusChanged;
import id.sapa.conversation.ConversationEvent.TagsChanged;
import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

class ConversationEditTest {

    static final Instant CREATED = Instant.parse("2026-11-20T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @Test
    void resolvingStampsTheTimeAndReportsIt() {
        Conversation before = conversation(ConversationStatus.ACTIVE, null, ChatMode.BOT, null);
        ConversationEdit edit = ConversationEdit.of(before, status(ConversationStatus.RESOLVED), NOW);

        assertThat(edit.resolvedAt()).isEqualTo(NOW);
        assertThat(edit.events()).containsExactly(new ConversationResolved(before.tenantId(), before.id(), NOW));
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
        Conversation before = conversation(ConversationStatus.RESOLVED, null, ChatMode.BOT, NOW.minusSeconds(60));
        ConversationEdit edit = ConversationEdit.of(before, status(ConversationStatus.CLOSED), NOW);

        assertThat(edit.resolvedAt()).isNull();
        assertThat(edit.events()).containsExactly(
                new StatusChanged(before.tenantId(), before.id(), ConversationStatus.CLOSED, true));
    }

    @Test
    void handingABotConversationToAPersonStopsTheBot() {
        UserId agent = UserId.random();
        Conversation before = conversation(ConversationStatus.ACTIVE, null, ChatMode.BOT, null);
        ConversationEdit edit = ConversationEdit.of(before, ConversationChanges.assign(agent), NOW);

        assertThat(edit.mode()).isEqualTo(ChatMode.AGENT);
        assertThat(edit.reassigns()).isTrue();
        assertThat(edit.assignedCsId()).isEqualTo(agent);
        assertThat(edit.events()).containsExactly(new ModeChanged(before.tenantId(), before.id(), ChatMode.AGENT));
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
        assertThat(edit.reassigns()).isTrue();
        assertThat(edit.changesAnything()).isTrue();
        assertThat(edit.events()).isEmpty();
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

        assertThat(edit.reassigns()).isFalse();
        assertThat(edit.events()).containsExactly(new PriorityChanged(current.tenantId(), current.id(), Priority.URGENT),
                new TagsChanged(current.tenantId(), current.id(), List.of("vip", "complaint")),
                new InternalNotesChanged(current.tenantId(), current.id(), null));
    }

    private static ConversationChanges status(ConversationStatus status) {
        return new ConversationChanges(status, null, null, null, null, null);
    }

    private static Conversation conversation(ConversationStatus status, UserId assignee, ChatMode mode,
            Instant resolvedAt) {
        return snoozed(status, assignee, mode, resolvedAt, null);
    }

    private static Conversation snoozed(ConversationStatus status, UserId assignee, ChatMode mode, Instant resolvedAt,
            Instant snoozedUntil) {
        return new Conversation(ConversationId.random(), TenantId.random(), ContactId.random(), assignee,
                WhatsAppUser.of(new PhoneNumber("+6281234567890")), "Budi", null, status, Priority.NORMAL, mode, 0, 1, CREATED,
                "halo", SenderType.CUSTOMER, CREATED, "halo", List.of("vip"), null, "call after 5pm", CREATED, CREATED,
                resolvedAt, snoozedUntil);
    }

    private static ConversationChanges snooze(Optional<Instant> until) {
        return new ConversationChanges(null, null, null, null, null, null, until);
    }

    @Test
    void snoozingPutsTheChatAsideAsPendingUntilThen() {
        Conversation before = conversation(ConversationStatus.ACTIVE, null, ChatMode.AGENT, null);
        Instant until = NOW.plusSeconds(3600);
        ConversationEdit edit = ConversationEdit.of(before, snooze(Optional.of(until)), NOW);

        assertThat(edit.status()).isEqualTo(ConversationStatus.PENDING);
        assertThat(edit.snoozedUntil()).isEqualTo(until);
        assertThat(edit.events()).containsExactly(
                new StatusChanged(before.tenantId(), before.id(), ConversationStatus.PENDING, false),
                new SnoozeChanged(before.tenantId(), before.id(), until));
    }

    @Test
    void aSnoozeEndsInTheFutureAndIsPending() {
        Conversation before = conversation(ConversationStatus.ACTIVE, null, ChatMode.AGENT, null);
        assertThatThrownBy(() -> ConversationEdit.of(before, snooze(Optional.of(NOW)), NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("snoozedUntil");
        assertThatThrownBy(() -> ConversationEdit.of(before, new ConversationChanges(ConversationStatus.RESOLVED, null,
                null, null, null, null, Optional.of(NOW.plusSeconds(60))), NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("status");
    }

    @Test
    void endingASnoozeOpensTheChatAndAnyOtherStatusEndsIt() {
        Conversation before = snoozed(ConversationStatus.PENDING, null, ChatMode.AGENT, null, NOW.plusSeconds(600));

        ConversationEdit woken = ConversationEdit.of(before, snooze(Optional.empty()), NOW);
        assertThat(woken.status()).isEqualTo(ConversationStatus.ACTIVE);
        assertThat(woken.snoozedUntil()).isNull();
        assertThat(woken.events()).contains(new SnoozeChanged(before.tenantId(), before.id(), null));

        ConversationEdit resolved = ConversationEdit.of(before, status(ConversationStatus.RESOLVED), NOW);
        assertThat(resolved.snoozedUntil()).isNull();
        assertThat(ConversationEdit.of(before, new ConversationChanges(null, Priority.HIGH, null, null, null, null), NOW)
                .snoozedUntil()).as("another change leaves the snooze").isEqualTo(before.snoozedUntil());
    }
}

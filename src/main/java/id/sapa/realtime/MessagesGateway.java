package id.sapa.realtime;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.corundumstudio.socketio.SocketIOClient;

import id.sapa.conversation.Conversations;
import id.sapa.message.Messages;
import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.UserId;

/**
 * {@code /messages}: the inbox. Tenant-wide events reach every socket through its tenant room;
 * a conversation's room, joined only after the conversation was found in the socket's tenant,
 * carries what only its viewers need: the team's typing indicators ({@code cs-typing}).
 */
@Component
class MessagesGateway implements Gateway {

    static final String PATH = "/messages";
    static final String NOT_FOUND = "Conversation not found";

    private final Conversations conversations;
    private final Messages messages;
    private final Wire wire;
    private final PresenceTracker presence;
    private final Operators operators;

    MessagesGateway(Conversations conversations, Messages messages, Wire wire, PresenceTracker presence,
            Operators operators) {
        this.conversations = conversations;
        this.operators = operators;
        this.messages = messages;
        this.wire = wire;
        this.presence = presence;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void register(SecuredNamespace namespace) {
        // The inbox is where the team works: an open inbox is what makes someone "online".
        namespace.countsAsPresence(presence);
        namespace.on("join-conversation", ConversationRef.class, this::join);
        namespace.on("leave-conversation", ConversationRef.class, this::leave);
        namespace.on("typing-start", ConversationRef.class, (request, ref) -> typing(request, ref, true));
        namespace.on("typing-stop", ConversationRef.class, (request, ref) -> typing(request, ref, false));
        namespace.on("mark-as-read", MarkAsRead.class, this::markAsRead);
    }

    private void join(SocketRequest request, ConversationRef ref) {
        Optional<ConversationId> id = ConversationRef.idOf(ref);
        // Another tenant's conversation is "not found", exactly like an unknown one.
        if (id.isEmpty() || conversations.find(request.actor().tenantId(), id.get()).isEmpty()) {
            request.refuse(NOT_FOUND);
            return;
        }
        try {
            conversations.getVisible(request.actor(), id.get());
        } catch (ProblemException assignedToSomeoneElse) {
            request.refuse(assignedToSomeoneElse.getMessage());
            return;
        }
        request.client().joinRoom(Rooms.conversation(id.get()));
        request.ok();
    }

    private void leave(SocketRequest request, ConversationRef ref) {
        ConversationRef.idOf(ref).ifPresent(id -> request.client().leaveRoom(Rooms.conversation(id)));
        request.ok();
    }

    /**
     * Tells the team who else is writing, by name, so two people do not answer the customer at once.
     * Only the conversation's viewers hear it, and of those only the ones who may still follow it
     * (it may have been handed to someone else since they joined); never the typist's own sockets,
     * such as a second tab. The customer's phone is not told (no provider call).
     */
    private void typing(SocketRequest request, ConversationRef ref, boolean typing) {
        Actor typist = request.actor();
        if (!typist.can(Permission.WORK_CHATS)) {
            request.refuse("Your role cannot answer chats");
            return;
        }
        Optional<ConversationId> id = ConversationRef.idOf(ref);
        String room = id.map(Rooms::conversation).orElse(null);
        // Being in the room proves the conversation is the socket's tenant's.
        if (room == null || !request.client().getAllRooms().contains(room)) {
            request.refuse("Join the conversation first");
            return;
        }
        UserId assignee;
        try {
            assignee = conversations.getVisible(typist, id.get()).assignedCsId();
        } catch (ProblemException notTheirsAnyMore) {
            request.refuse(notTheirsAnyMore.type() == ProblemType.NOT_FOUND ? NOT_FOUND : notTheirsAnyMore.getMessage());
            return;
        }
        Object payload = wire.tree(new Payloads.CsTyping(id.get().toString(), typist.userId().toString(),
                nameOf(request.client(), typist), typing));
        for (SocketIOClient client : request.client().getNamespace().getRoomOperations(room).getClients()) {
            boolean hears = SocketAuthentication.actorOf(client)
                    .filter(listener -> !listener.userId().equals(typist.userId()))
                    .filter(listener -> TenantBroadcast.follows(listener, assignee))
                    .isPresent();
            if (hears) {
                client.sendEvent("cs-typing", payload);
            }
        }
        request.ok();
    }

    /** The typist's name, read once per socket: typing events come every few seconds while someone writes. */
    private String nameOf(SocketIOClient client, Actor typist) {
        String key = "typist-name:" + client.getNamespace().getName();
        String name = client.get(key);
        if (name == null) {
            name = operators.find(typist.tenantId(), typist.userId()).map(Operator::name).orElse("");
            client.set(key, name);
        }
        return name.isEmpty() ? null : name;
    }

    /**
     * Forwards to the message module exactly as {@code PATCH /api/messages/:id/mark-read} does:
     * unread count reset, read receipt sent; the module checks the actor may.
     */
    private void markAsRead(SocketRequest request, MarkAsRead payload) {
        Optional<ConversationId> id = ConversationRef.idOf(payload == null ? null : new ConversationRef(payload.conversationId()));
        List<MessageId> ids;
        try {
            ids = payload == null || payload.messageIds() == null ? List.of()
                    : payload.messageIds().stream().map(MessageId::of).toList();
        } catch (IllegalArgumentException e) {
            request.refuse("messageIds must be message ids");
            return;
        }
        if (id.isEmpty() || ids.isEmpty()) {
            request.refuse("conversationId and messageIds are required");
            return;
        }
        try {
            request.ok("markedCount", messages.markRead(request.actor(), id.get(), ids));
        } catch (ProblemException refused) {
            request.refuse(refused.type() == ProblemType.NOT_FOUND ? NOT_FOUND : refused.getMessage());
        }
    }

    /** {@code {conversationId}} */
    record ConversationRef(String conversationId) {

        static Optional<ConversationId> idOf(ConversationRef ref) {
            if (ref == null || ref.conversationId() == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(ConversationId.of(ref.conversationId().strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** {@code {conversationId, messageIds}} */
    record MarkAsRead(String conversationId, List<String> messageIds) {
    }
}

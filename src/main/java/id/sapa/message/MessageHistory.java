package id.sapa.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.sapa.conversation.ConversationMessages;
import id.sapa.conversation.Conversations;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading a conversation's messages: the chat window and its "load older" scrolling. */
@Service
public class MessageHistory implements ConversationMessages {

    public static final int MAX_PAGE = 100;

    private final MessageQueries queries;
    private final MessageRepository messages;
    private final Conversations conversations;
    private final JsonMapper json;

    MessageHistory(MessageQueries queries, MessageRepository messages, Conversations conversations, JsonMapper json) {
        this.queries = queries;
        this.messages = messages;
        this.conversations = conversations;
        this.json = json;
    }

    /** A customer's message as it was announced when received; empty for an unknown or another tenant's id. */
    public Optional<MessageReceived> received(TenantId tenantId, MessageId id) {
        return messages.received(tenantId, id);
    }

    /** A message of the tenant as it is now; empty for an unknown or another tenant's id. */
    public Optional<Message> find(TenantId tenantId, MessageId id) {
        return messages.find(tenantId, id);
    }

    /**
     * Up to {@code limit} messages sent before {@code before} (or the latest when it is
     * {@code null}), oldest first, as a chat window shows them.
     *
     * @throws ProblemException 404 when the conversation is not the tenant's or {@code before} is not
     *                          one of its messages
     */
    public MessagePage page(TenantId tenantId, ConversationId conversationId, MessageId before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        conversations.get(tenantId, conversationId);
        MessageQueries.Cursor cursor = before == null ? null
                : queries.cursor(tenantId, conversationId, before)
                        .orElseThrow(() -> ProblemException.notFound(Messages.MESSAGE, before).with("field", "before"));
        // One more than asked tells whether there is an older page without counting.
        List<MessageQueries.Shown> newestFirst = queries.newestBefore(tenantId, conversationId, cursor, limit + 1);
        boolean hasMore = newestFirst.size() > limit;
        return new MessagePage(oldestFirst(newestFirst.subList(0, Math.min(limit, newestFirst.size()))), hasMore);
    }

    @Override
    public List<JsonNode> latest(TenantId tenantId, ConversationId conversationId, int limit) {
        return oldestFirst(queries.newestBefore(tenantId, conversationId, null, limit)).stream()
                .<JsonNode>map(json::valueToTree).toList();
    }

    private static List<MessageView> oldestFirst(List<MessageQueries.Shown> newestFirst) {
        List<MessageView> shown = new ArrayList<>(newestFirst.size());
        for (MessageQueries.Shown message : newestFirst.reversed()) {
            shown.add(MessageView.of(message.message(), message.interactive(), message.replyId()));
        }
        return shown;
    }
}

package id.sapa.autoreply;

import java.time.Instant;
import java.util.UUID;

import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;

/**
 * One entry of a rule's log (seed 002 table 6).
 *
 * @param messageId       the customer's message that triggered the rule
 * @param executionTimeMs from the customer's message arriving to the reply being queued (delay included)
 */
public record ReplyLog(UUID id, UUID ruleId, ConversationId conversationId, MessageId messageId,
        String triggeredByMessage, String responseSent, String matchedKeyword, int executionTimeMs,
        boolean success, String errorMessage, Instant triggeredAt) {
}

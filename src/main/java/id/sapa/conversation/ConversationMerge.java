package id.sapa.conversation;

import id.sapa.shared.ConversationId;

/** Two conversations of one customer, {@code from} to be joined into {@code into}. */
public record ConversationMerge(ConversationId from, ConversationId into) {
}

package id.sapa.conversation;

/**
 * A conversation as the inbound pipeline leaves it.
 *
 * @param opened   the customer's first message created it
 * @param reopened it was resolved or closed and this message made it active again
 */
public record InboundConversation(Conversation conversation, boolean opened, boolean reopened) {
}

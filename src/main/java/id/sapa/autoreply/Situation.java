package id.sapa.autoreply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the rules are evaluated against: the customer's message and what is known about them.
 *
 * @param messageType      the message's kind code (text, image …)
 * @param firstMessage     the contact's first message ever
 * @param sinceLastMessage time since the customer's previous message, null when there was none
 * @param messageCount     messages in the conversation, this one included
 */
record Situation(String text, String messageType, Instant at, boolean firstMessage, Duration sinceLastMessage,
        int messageCount, boolean hasOrderHistory, List<String> tags) {

    Situation {
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

package id.sapa.autoreply;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A dry run of the rules on a sample message: nothing is sent, counted or logged.
 *
 * @param matched         some rule would answer
 * @param answers         the replies the customer would get, in order
 * @param rules           every rule's verdict, in evaluation order, with the reason it would not answer
 * @param executionTimeMs the time the decision took
 * @param silencedCode    the stable code of {@code silenced} ({@code not_bot_mode}, {@code contact_blocked} …)
 * @param silenced        why the automation would not answer this customer at all (a person took the chat
 *                        over, it is closed, the contact is blocked), as the live engine decides, in the
 *                        reader's language; null when the rules decide. {@code rules} still shows what each
 *                        rule would do otherwise.
 */
public record Trial(boolean matched, List<Answer> answers, List<Outcome> rules, double executionTimeMs,
        String silencedCode, String silenced) {

    /**
     * What is tried: {@code message} as if the customer (an existing contact, else an anonymous
     * one described by {@code customerContext}) sent it at {@code at} (default now); the reasons are
     * told in {@code language}.
     */
    public record Request(String message, Instant at, UUID contactId, CustomerContext customerContext, Locale language) {
    }

    /** Facts about an imagined customer; unset ones are a returning customer with no orders and no tags. */
    public record CustomerContext(Boolean isFirstMessage, Boolean hasOrderHistory, Integer messageCount,
            List<String> customerTags, String messageType, Integer daysSinceLastMessage) {
    }

    /** @param action {@code forward_to_cs} when the rule would also hand the conversation to the team */
    public record Answer(UUID ruleId, String name, String matchedKeyword, String response, String action) {
    }

    /**
     * @param reasonCode why it would not answer, for programs ({@code no_keyword_matched}, {@code cooling_down} …);
     *                   null when it fires
     * @param reason     the same in the reader's language
     */
    public record Outcome(UUID ruleId, String name, int priority, TriggerType triggerType, boolean fired,
            String matchedKeyword, String reasonCode, String reason) {
    }
}

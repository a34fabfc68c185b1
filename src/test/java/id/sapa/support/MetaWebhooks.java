package id.sapa.support;

import java.time.Instant;

/** Meta webhook bodies in the documented envelope (reference §1.4, §1.6, §1.7). */
public final class MetaWebhooks {

    private MetaWebhooks() {
    }

    /** One entry with one {@code messages} change holding the given contacts and messages. */
    public static String messages(FakeProvidersTestSupport.CloudNumber number, String contacts, String messages) {
        return envelope(change(number, "\"contacts\": [" + contacts + "], \"messages\": [" + messages + "]"),
                number.businessAccountId());
    }

    public static String statuses(FakeProvidersTestSupport.CloudNumber number, String statuses) {
        return envelope(change(number, "\"statuses\": [" + statuses + "]"), number.businessAccountId());
    }

    public static String envelope(String changes, String businessAccountId) {
        return """
                {"object": "whatsapp_business_account",
                 "entry": [{"id": "%s", "changes": [%s]}]}
                """.formatted(businessAccountId, changes);
    }

    public static String change(FakeProvidersTestSupport.CloudNumber number, String value) {
        return """
                {"field": "messages", "value": {"messaging_product": "whatsapp",
                  "metadata": {"display_phone_number": "%s", "phone_number_id": "%s"}, %s}}
                """.formatted(number.digits(), number.phoneNumberId(), value);
    }

    public static String contact(String waId, String name) {
        return """
                {"profile": {"name": "%s"}, "wa_id": "%s"}""".formatted(name, waId);
    }

    public static String text(String id, String from, Instant at, String body) {
        return """
                {"from": "%s", "id": "%s", "timestamp": "%d", "type": "text", "text": {"body": "%s"}}"""
                .formatted(from, id, at.getEpochSecond(), body);
    }

    /** A tap on a reply button ({@code button_reply}) or list row ({@code list_reply}) of the business's message. */
    public static String interactiveReply(String id, String from, Instant at, String replyType, String replyId, String title,
            String contextWamid, String businessNumber) {
        return """
                {"context": {"from": "%s", "id": "%s"}, "from": "%s", "id": "%s", "timestamp": "%d", "type": "interactive",
                 "interactive": {"type": "%s", "%s": {"id": "%s", "title": "%s"}}}"""
                .formatted(businessNumber, contextWamid, from, id, at.getEpochSecond(), replyType, replyType, replyId, title);
    }

    public static String status(String wamid, String status, Instant at, String recipient) {
        return """
                {"id": "%s", "status": "%s", "timestamp": "%d", "recipient_id": "%s",
                 "conversation": {"id": "a75d17ad0f2f4c3e", "expiration_timestamp": "%d", "origin": {"type": "service"}},
                 "pricing": {"billable": true, "pricing_model": "PMP", "category": "service"}}"""
                .formatted(wamid, status, at.getEpochSecond(), recipient, at.getEpochSecond() + 86_400);
    }
}

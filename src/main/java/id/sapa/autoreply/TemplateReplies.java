package id.sapa.autoreply;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.sapa.autoreply.Rule.TemplateResponse;
import id.sapa.message.Messages;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.quickreply.QuickReplies;
import id.sapa.quickreply.QuickReply;
import id.sapa.shared.TenantId;

/**
 * What a {@code template} response sends now: the text of the team quick reply it names, or the
 * approved WhatsApp template with the rule's variables filled into its body values. Either may have
 * gone since the rule was saved (deleted, switched off, no longer approved): the reply then says why
 * it cannot be sent. Rules saved before a template response named anything send their own text.
 */
@Component
class TemplateReplies {

    /**
     * @param text       what the customer reads (the quick reply's text, the template's rendered body)
     * @param template   the WhatsApp template to send, or null for a text
     * @param quickReply the quick reply whose use to count, or null
     * @param problem    why nothing can be sent, or null
     */
    record Reply(String text, TemplateRef template, QuickReply quickReply, String problem) {
    }

    private final QuickReplies quickReplies;
    private final Messages messages;

    TemplateReplies(QuickReplies quickReplies, Messages messages) {
        this.quickReplies = quickReplies;
        this.messages = messages;
    }

    Reply resolve(TenantId tenantId, Rule rule, ReplyText.Recipient to) {
        TemplateResponse response = rule.template();
        if (response == null) {
            return new Reply(ReplyText.render(rule.definition().responseMessage(), to), null, null, null);
        }
        if (response.quickReplyId() != null) {
            Optional<QuickReply> quickReply = quickReplies.shared(tenantId, response.quickReplyId()).filter(QuickReply::active);
            return quickReply.map(q -> new Reply(ReplyText.render(q.message(), to), null, q, null))
                    .orElseGet(() -> new Reply(null, null, null,
                            "The rule's quick reply was deleted, switched off or is no longer shared with the team"));
        }
        TemplateRef template = new TemplateRef(response.name(), response.language(),
                response.parameters().stream().map(value -> ReplyText.render(value, to)).toList());
        Messages.TemplateCheck check = messages.checkTemplate(tenantId, template);
        return check.sendable() ? new Reply(check.text(), template, null, null) : new Reply(null, null, null, check.problem());
    }
}

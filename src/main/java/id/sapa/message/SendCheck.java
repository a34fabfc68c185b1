package id.sapa.message;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.WhatsAppTemplates;
import id.sapa.channel.spi.MessageKind;
import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message.Sender;
import id.sapa.operator.Operators;
import id.sapa.quickreply.Placeholders;
import id.sapa.quickreply.QuickReplies;
import id.sapa.quickreply.QuickReply;
import id.sapa.shared.Actor;
import id.sapa.shared.MessageId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;

/**
 * Every rule a send must pass, and nothing else: it reads, never writes. The team's send is refused
 * with the reason; an automation's send that may not go is simply not planned.
 */
@Component
class SendCheck {

    private final MessageRepository messages;
    private final Conversations conversations;
    private final Contacts contacts;
    private final Channels channels;
    private final Operators operators;
    private final QuickReplies quickReplies;
    private final WhatsAppTemplates templates;
    private final Clock clock;

    SendCheck(MessageRepository messages, Conversations conversations, Contacts contacts, Channels channels,
            Operators operators, QuickReplies quickReplies, WhatsAppTemplates templates, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.contacts = contacts;
        this.channels = channels;
        this.operators = operators;
        this.quickReplies = quickReplies;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * A team member's send: the conversation is one they may see, the contact is not blocked, a
     * quoted or reacted-to message is the conversation's and known to WhatsApp, the number can send,
     * a template is approved and filled in, the 24-hour window allows free-form text, and a quick
     * reply is one they may use.
     *
     * @throws ProblemException saying which rule refused it
     */
    SendPlan team(Actor actor, OutgoingMessage request) {
        TenantId tenantId = actor.tenantId();
        Conversation conversation = conversations.getVisible(actor, request.conversationId());
        if (conversation.contactId() != null && contacts.isBlocked(tenantId, conversation.contactId())) {
            throw ProblemException.conflict(new Text("Kontak ini diblokir; buka blokirnya untuk mengirim pesan",
                    "This contact is blocked; unblock them to send messages"));
        }
        if (request.quotedMessageId() != null) {
            Message quoted = messages.find(tenantId, request.quotedMessageId())
                    .filter(m -> m.conversationId().equals(conversation.id()))
                    .orElseThrow(() -> ProblemException.notFound(Messages.MESSAGE, request.quotedMessageId())
                            .with("field", "quotedMessageId"));
            if (quoted.waMessageId() == null) {
                throw ProblemException.invalidField("quotedMessageId", new Text("pesan yang dikutip belum pernah terkirim",
                        "the quoted message was never delivered"));
            }
        }
        Optional<Channel> channel = channels.find(tenantId);
        if (channel.isEmpty()) {
            throw ProblemException.conflict(new Text(
                    "WhatsApp belum pernah dihubungkan; hubungkan nomornya dulu (POST /api/whatsapp/connect)",
                    "WhatsApp has never been connected; connect the number first (POST /api/whatsapp/connect)"));
        }
        if (channel.get().sendingStopped()) {
            String why = channel.get().stopReason();
            throw ProblemException.conflict(new Text(
                    "WhatsApp berhenti mengirim dari nomor ini (" + why + "); hubungkan nomornya lagi setelah masalahnya beres",
                    "WhatsApp stopped sending from this number (" + why + "); connect the number again once it is fixed"));
        }
        Instant now = clock.instant();
        String content = request.content();
        MessageId quotedMessageId = request.quotedMessageId();
        if (request.type() == MessageKind.INTERACTIVE) {
            request.interactive().check();
            content = request.interactive().body();
        } else if (request.type() == MessageKind.REACTION) {
            // The reaction goes on the target message: kept as the quoted message, its WhatsApp id sent.
            quotedMessageId = reactionTarget(tenantId, conversation, request.reaction().messageId());
            content = request.reaction().emoji();
        }
        OutgoingMessage.TemplateRef checkedTemplate = null;
        if (request.type() == MessageKind.TEMPLATE) {
            TemplateTexts.Checked checked = TemplateTexts.check(templates, tenantId, request.template());
            content = checked.text();
            checkedTemplate = checked.template();
        } else if (channels.requiresTemplate(channel.get(), conversation.lastCustomerMessageAt(), now)) {
            throw new ProblemException(ProblemType.WINDOW_CLOSED, new Text(
                    "Pelanggan terakhir menulis lebih dari 24 jam yang lalu: "
                            + "WhatsApp kini hanya mengantar template yang disetujui (messageType template)",
                    "The customer last wrote more than 24 hours ago: "
                            + "WhatsApp only delivers an approved template now (messageType template)"))
                    .with("windowExpiresAt", conversation.windowExpiresAt())
                    .with("hint", new Text("Kirim template yang disetujui; jendela terbuka lagi saat pelanggan menulis",
                            "Send an approved template; the window opens again when the customer writes"));
        }
        QuickReply quickReply = request.quickReplyId() == null ? null
                : quickReplies.usable(actor, request.quickReplyId(), "quickReplyId");
        if (quickReply != null && blankToNull(request.content()) == null) {
            content = Placeholders.fill(quickReply.message(), customerValues(tenantId, conversation));
        }
        String senderName = operators.find(tenantId, actor.userId()).map(o -> o.name()).orElse(null);
        return new SendPlan(conversation, channel.get(), new Sender(SenderType.CS, actor.userId().toString(), senderName),
                request.type(), blankToNull(content), request.media() != null ? null : request.mediaUrl(),
                request.media(), quotedMessageId, checkedTemplate, request.interactive(), actor.userId(), quickReply, null);
    }

    /**
     * An automation's send to a conversation: nothing is planned for a template that cannot be sent,
     * a tenant that never connected WhatsApp, a number WhatsApp stopped or a blocked contact. A
     * disconnected number is planned: its message is kept as failed like any other send.
     *
     * @param conversation read (or opened) only once the content and the number passed
     * @throws IllegalArgumentException when {@code from} is not automation
     */
    Optional<SendPlan> automatic(TenantId tenantId, SenderType from, AutomaticContent content,
            Supplier<Conversation> conversation) {
        Sender sender = Sender.automation(from);
        TemplateTexts.Checked template = null;
        if (content instanceof AutomaticContent.Template(OutgoingMessage.TemplateRef ref)) {
            try {
                template = TemplateTexts.check(templates, tenantId, ref);
            } catch (ProblemException unsendable) {
                // Answered as nothing to send: the caller's transaction stays good.
                return Optional.empty();
            }
        }
        Optional<Channel> channel = channels.find(tenantId).filter(c -> !c.sendingStopped());
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        Conversation to = conversation.get();
        if (to.contactId() != null && contacts.isBlocked(tenantId, to.contactId())) {
            return Optional.empty();
        }
        return Optional.of(switch (content) {
            case AutomaticContent.Text(String text) ->
                    SendPlan.automatic(to, channel.get(), sender, MessageKind.TEXT, text, null, null);
            case AutomaticContent.Template t ->
                    SendPlan.automatic(to, channel.get(), sender, MessageKind.TEMPLATE, template.text(),
                            template.template(), null);
            case AutomaticContent.Menu(Interactive menu, String text) ->
                    menu == null || !menu.valid() || !channels.sendsMenus(channel.get())
                            ? SendPlan.automatic(to, channel.get(), sender, MessageKind.TEXT, text, null, null)
                            : SendPlan.automatic(to, channel.get(), sender, MessageKind.INTERACTIVE, menu.body(), null,
                                    menu);
        });
    }

    /** Whether an automation's template can be sent now: its rendered body, or why not. */
    Messages.TemplateCheck template(TenantId tenantId, OutgoingMessage.TemplateRef template) {
        try {
            return new Messages.TemplateCheck(TemplateTexts.check(templates, tenantId, template).text(), null);
        } catch (ProblemException unsendable) {
            return new Messages.TemplateCheck(null, unsendable.getMessage());
        }
    }

    /** A message of the conversation that WhatsApp knows, for a reaction to go on. */
    private MessageId reactionTarget(TenantId tenantId, Conversation conversation, MessageId id) {
        Message target = messages.find(tenantId, id).filter(m -> m.conversationId().equals(conversation.id()))
                .orElseThrow(() -> ProblemException.notFound(Messages.MESSAGE, id).with("field", "reaction.messageId"));
        if (target.waMessageId() == null) {
            throw ProblemException.invalidField("reaction.messageId", new Text(
                    "WhatsApp tidak mengenal pesan ini (pesannya belum pernah terkirim)",
                    "WhatsApp does not know this message (it was never sent)"));
        }
        return target.id();
    }

    /** What {@code {{name}}} and {{phone}} stand for in a quick reply to this customer. */
    private Map<String, String> customerValues(TenantId tenantId, Conversation conversation) {
        String name = conversation.contactId() == null ? null
                : contacts.find(tenantId, conversation.contactId()).map(Contact::name).orElse(null);
        Map<String, String> values = new HashMap<>();
        values.put("name", name != null ? name : conversation.customerName());
        // A customer known only by username has no number to show.
        values.put("phone", conversation.customerPhone() == null ? "" : conversation.customerPhone().e164());
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

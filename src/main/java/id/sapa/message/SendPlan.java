package id.sapa.message;

import id.sapa.channel.Channel;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message.Sender;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.message.OutgoingMessage.Upload;
import id.sapa.quickreply.QuickReply;
import id.sapa.shared.MessageId;
import id.sapa.shared.UserId;
import id.sapa.channel.spi.MessageKind;

/**
 * A send that passed every check ({@link SendCheck}) and that {@link SendWriter} only has to write:
 * nothing is stored before a send is known to be allowed.
 *
 * @param mediaUrl    the link the message carries, or null (an upload gets Sapa's own link once stored)
 * @param upload      the file to store with the message, or null
 * @param template    the checked template of a template message, for its send job
 * @param interactive the buttons or list of an interactive message, for its send job
 * @param repliedBy   the team member answering, whose reply the conversation and their statistics count
 * @param quickReply  the quick reply the message was written with, whose use is counted
 * @param noticeType  the billing notice the message carries, or null
 */
record SendPlan(Conversation conversation, Channel channel, Sender from, MessageKind kind, String content,
        String mediaUrl, Upload upload, MessageId quotedMessageId, TemplateRef template, Interactive interactive,
        UserId repliedBy, QuickReply quickReply, String noticeType) {

    /** An automation's message: text, a template or a menu, nothing attached. */
    static SendPlan automatic(Conversation conversation, Channel channel, Sender from, MessageKind kind,
            String content, TemplateRef template, Interactive interactive) {
        return new SendPlan(conversation, channel, from, kind, content, null, null, null, template, interactive, null,
                null, null);
    }

    /** A billing notice: its text, or outside the customer's window its approved template. */
    static SendPlan notice(Conversation conversation, Channel channel, String noticeType, String content,
            TemplateRef template) {
        return new SendPlan(conversation, channel, Sender.automation(SenderType.SYSTEM),
                template == null ? MessageKind.TEXT : MessageKind.TEMPLATE, content, null, null, null, template, null,
                null, null, noticeType);
    }
}

package id.sapa.autoreply;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sapa.conversation.SenderType;
import id.sapa.message.MessageEvent.MessageQueued;

/**
 * A team member's reply cancels the conversation's pending auto-replies and any waiting menu, in
 * the transaction that queues the reply: the customer never gets a bot answer after a person's.
 * (The conversation also switches to agent mode, which stops new auto-replies.) A synchronous
 * listener on purpose: the cancellation is part of the sending unit of work, so no delayed reply
 * can slip out between the reply's commit and a later reaction.
 */
@Component
class OperatorTakeover {

    private static final Reason OPERATOR_REPLIED = new Reason("operator_replied", "operator sudah membalas", "an operator replied");

    private final Dispatches dispatches;
    private final ReplyDelivery delivery;
    private final ReplyState state;

    OperatorTakeover(Dispatches dispatches, ReplyDelivery delivery, ReplyState state) {
        this.dispatches = dispatches;
        this.delivery = delivery;
        this.state = state;
    }

    @EventListener
    void on(MessageQueued event) {
        if (event.sender() != SenderType.CS) {
            return;
        }
        for (var id : dispatches.pending(event.tenantId(), event.conversationId())) {
            dispatches.lockPending(id).ifPresent(dispatch -> delivery.cancel(dispatch, OPERATOR_REPLIED));
        }
        state.closeMenu(event.conversationId());
    }
}

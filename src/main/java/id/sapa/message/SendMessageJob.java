package id.sapa.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.channel.Channels;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.OutboundContent;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SendResult.SendError;
import id.sapa.conversation.Conversations;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.MessageId;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.jobs.Jobs;

/**
 * The durable job that sends one pending message: it calls the provider outside any transaction,
 * then records {@code sent} or a classified failure. Transient failures are tried again with
 * growing delays, each try a new job instance; a message no longer pending is left alone, so a
 * job that runs twice never sends twice from Sapa's side. A message also waits for the earlier
 * pending messages of its conversation ({@link SendOrder}), so retries never reorder them.
 */
@Configuration(proxyBeanMethods = false)
class SendMessageJob {

    static final TaskDescriptor<Attempt> TASK = TaskDescriptor.of("send-message", Attempt.class);
    static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SendMessageJob.class);

    private final MessageRepository messages;
    private final SendOrder order;
    private final Channels channels;
    private final Conversations conversations;
    private final MediaLibrary media;
    private final SendPacing pacing;
    private final Jobs jobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SendMessageJob(MessageRepository messages, Channels channels, Conversations conversations, MediaLibrary media, SendPacing pacing, Jobs jobs,
            ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.order = new SendOrder(messages, jobs, transaction, clock);
        this.channels = channels;
        this.conversations = conversations;
        this.media = media;
        this.pacing = pacing;
        this.jobs = jobs;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The job's data: which message, which try at sending it (waiting is not a try), and the pacing
     * slot this try has booked (null until it has one).
     */
    record Attempt(MessageId message, int number, Instant slot) {

        Attempt(MessageId message, int number) {
            this(message, number, null);
        }

        /** The next try, which books a slot of its own. */
        Attempt next() {
            return new Attempt(message, number + 1);
        }

        Attempt booked(Instant at) {
            return new Attempt(message, number, at);
        }

        /** The instance id of this try: deterministic, so scheduling it twice runs it once. */
        String instanceId() {
            return message + "#" + number;
        }
    }

    @Bean
    OneTimeTask<Attempt> sendMessageTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> run(instance.getId(), instance.getData()));
    }

    /** Schedules the first attempt; call inside the transaction that stored the pending message. */
    void schedule(MessageId id, Instant at) {
        schedule(new Attempt(id, 1), at);
    }

    private void schedule(Attempt attempt, Instant at) {
        jobs.schedule(TASK.instance(attempt.instanceId()).data(attempt).build(), at);
    }

    void run(String instance, Attempt data) {
        MessageId id = data.message();
        int attempt = data.number();
        Message message = messages.findForSending(id).orElse(null);
        if (message == null || message.status() != MessageStatus.PENDING || order.holdsBack(message, instance, data)) {
            return;
        }
        WhatsAppUser to = conversations.get(message.tenantId(), message.conversationId()).customer();
        Duration wait = data.slot() != null ? Duration.ZERO : pacing.reserve(message.channelId(), to);
        if (!wait.isZero()) {
            // Not an attempt: the same attempt runs again when its booked slot comes, and sends then.
            Instant later = clock.instant().plus(wait);
            transaction.executeWithoutResult(status -> jobs.schedule(TASK.instance(data.instanceId() + "@"
                    + later.toEpochMilli()).data(data.booked(later)).build(), later));
            return;
        }
        String quoted = messages.quotedProviderId(id).orElse(null);
        OutboundMessage outbound = new OutboundMessage(id.toString(), to, content(message, quoted), quoted);
        SendResult result = channels.send(message.channelId(), outbound);
        Instant now = clock.instant();
        switch (result) {
            case Accepted accepted -> transaction.executeWithoutResult(status -> {
                if (messages.markSent(id, accepted.providerMessageId(), now)) {
                    announce(message, MessageStatus.SENT, now, null, null);
                    order.releaseNext(message);
                }
            });
            case Rejected(SendError error) when error.retryable() && attempt < MAX_ATTEMPTS -> {
                Duration delay = backoff(attempt, error.retryAfter());
                log.info("Send of message {} failed ({}: {}); attempt {} of {} in {}", id, error.code(), error.message(),
                        attempt + 1, MAX_ATTEMPTS, delay);
                transaction.executeWithoutResult(status -> {
                    messages.recordAttempt(id, error.code(), error.message());
                    schedule(data.next(), now.plus(delay));
                });
            }
            case Rejected(SendError error) -> transaction.executeWithoutResult(status -> {
                if (messages.markFailed(id, error.code(), error.message(), now)) {
                    announce(message, MessageStatus.FAILED, now, error.code(), error.message());
                    order.releaseNext(message);
                }
            });
        }
    }

    static Duration backoff(int attempt, Duration retryAfter) {
        Duration exponential = FIRST_RETRY.multipliedBy((long) Math.pow(3, attempt - 1));
        Duration delay = exponential.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : exponential;
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    private void announce(Message message, MessageStatus status, Instant at, String errorCode, String errorMessage) {
        events.publishEvent(new MessageStatusChanged(message.tenantId(), message.conversationId(), message.id(), status,
                at, errorCode, errorMessage));
    }

    /** What the stored message asks for: its template, buttons or list, reaction, text or media. */
    private OutboundContent content(Message message, String quotedProviderId) {
        TemplateRef template = message.messageType() == MessageKind.TEMPLATE ? messages.template(message.id()).orElse(null) : null;
        if (template != null) {
            return TemplateContent.of(template);
        }
        if (message.messageType() == MessageKind.INTERACTIVE) {
            var interactive = messages.interactive(message.id());
            if (interactive.isPresent()) {
                return interactive.get().content();
            }
        }
        if (message.messageType() == MessageKind.REACTION) {
            return new Reaction(quotedProviderId, message.content() == null ? "" : message.content());
        }
        if (message.messageType() == MessageKind.TEXT || message.messageType() == MessageKind.INTERACTIVE) {
            return new Text(message.content(), message.content() != null && message.content().contains("http"));
        }
        return new Media(message.messageType(), message.mediaUrl(), message.mediaMimeType(), message.mediaFileName(),
                message.content(), media.bytesOf(message.tenantId(), message.mediaUrl()).orElse(null));
    }
}

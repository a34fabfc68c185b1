package id.sapa.message;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.channel.Channels;
import id.sapa.shared.ChannelId;
import id.sapa.shared.jobs.Jobs;

/** Sends the customer a read receipt after the team read their messages: a job, never in a transaction. */
@Configuration(proxyBeanMethods = false)
class ReadReceiptJob {

    static final TaskDescriptor<Receipt> TASK = TaskDescriptor.of("send-read-receipt", Receipt.class);

    /** The job's data: the newest message the team read, as its channel and the provider know it. */
    record Receipt(ChannelId channel, String providerMessageId) {
    }

    private final Channels channels;
    private final Jobs jobs;

    ReadReceiptJob(Channels channels, Jobs jobs) {
        this.channels = channels;
        this.jobs = jobs;
    }

    @Bean
    OneTimeTask<Receipt> readReceiptTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            Receipt receipt = instance.getData();
            channels.markRead(receipt.channel(), receipt.providerMessageId());
        });
    }

    void schedule(Message newest, Instant at) {
        Receipt receipt = new Receipt(newest.channelId(), newest.waMessageId());
        jobs.schedule(TASK.instance(newest.id().toString()).data(receipt).build(), at);
    }
}

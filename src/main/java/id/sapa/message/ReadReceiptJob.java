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

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("send-read-receipt", String.class);

    private final Channels channels;
    private final Jobs jobs;

    ReadReceiptJob(Channels channels, Jobs jobs) {
        this.channels = channels;
        this.jobs = jobs;
    }

    @Bean
    OneTimeTask<String> readReceiptTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            String data = instance.getData();
            int space = data.indexOf(' ');
            channels.markRead(ChannelId.of(data.substring(0, space)), data.substring(space + 1));
        });
    }

    void schedule(Message newest, Instant at) {
        String data = newest.channelId() + " " + newest.waMessageId();
        jobs.schedule(TASK.instance(newest.id().toString()).data(data).build(), at);
    }
}

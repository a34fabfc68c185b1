package id.sapa.channel.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.shared.ChannelId;
import id.sapa.shared.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The items of one webhook delivery that could not be taken, so that one bad item never costs the
 * others: each is logged once (its id and the reason, never its content) and counted as it
 * happens, and the delivery goes on with the next item. An item that could not be read or was
 * refused would fail the same way on every try of the same bytes, so only failures while recording
 * (a database that is away, or data nobody foresaw) make the delivery be tried again.
 */
public final class ItemFailures implements SkippedItems {

    /** Counter of items not taken, tagged with the provider and the outcome (unreadable, refused, failed). */
    public static final String METRIC = "sapa.webhook.items.failed";

    private static final Logger log = LoggerFactory.getLogger(ItemFailures.class);
    private static final int ID_LIMIT = 128;
    private static final int REASON_LIMIT = 300;

    private final ProviderType provider;
    private final MeterRegistry meters;
    private final List<String> failed = new ArrayList<>();
    private final Set<ChannelId> failedChannels = new HashSet<>();

    public ItemFailures(ProviderType provider, MeterRegistry meters) {
        this.provider = provider;
        this.meters = meters;
    }

    /**
     * Runs the work for one item: an item refused as invalid, or one whose work fails, is recorded
     * here and not thrown.
     *
     * @param channel the channel the item was routed to, if it was
     */
    public void take(ChannelId channel, String itemId, Runnable work) {
        try {
            work.run();
        } catch (ProblemException refused) {
            count("refused");
            log.warn("{} webhook item {} refused: {}", provider.code(), bounded(itemId, ID_LIMIT), refused.getMessage());
        } catch (RuntimeException e) {
            count("failed");
            String reason = reason(e);
            log.warn("{} webhook item {} failed: {}", provider.code(), bounded(itemId, ID_LIMIT), reason);
            failed.add(bounded(itemId, ID_LIMIT) + ": " + reason);
            failedChannels.add(channel);
        }
    }

    /** The parser could not read the item: skipped, the rest of the delivery is read on. */
    @Override
    public void unreadable(String itemId, RuntimeException cause) {
        count("unreadable");
        log.warn("{} webhook item {} skipped: {}", provider.code(), bounded(itemId, ID_LIMIT), reason(cause));
    }

    int failedCount() {
        return failed.size();
    }

    /** The failed items, one a line: their ids and why. */
    String summary() {
        return String.join("\n", failed);
    }

    /** The one channel every failed item had been routed to; null when none was or several were. */
    ChannelId failedChannel() {
        return failedChannels.size() == 1 ? failedChannels.iterator().next() : null;
    }

    /**
     * Why it failed, short and without the data: the innermost cause's first line (a PostgreSQL
     * error's detail line can quote the row).
     */
    static String reason(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return bounded(cause.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message), REASON_LIMIT);
    }

    private void count(String outcome) {
        meters.counter(METRIC, "provider", provider.code(), "outcome", outcome).increment();
    }

    private static String bounded(String text, int limit) {
        if (text == null || text.isBlank()) {
            return "(no id)";
        }
        return text.length() <= limit ? text : text.substring(0, limit) + "…";
    }
}

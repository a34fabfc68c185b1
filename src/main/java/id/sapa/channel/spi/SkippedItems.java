package id.sapa.channel.spi;

/**
 * Where a provider's webhook parser reports an item it cannot read: the item is logged and
 * counted, and the rest of the body is read on (the same bytes would fail the same way again).
 */
public interface SkippedItems {

    void unreadable(String itemId, RuntimeException cause);
}

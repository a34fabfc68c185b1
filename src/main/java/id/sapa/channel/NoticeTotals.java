package id.sapa.channel;

import id.sapa.shared.TenantId;

/**
 * How many notices a tenant's number sent, for seed 004's {@code GET /whatsapp/status}. Implemented by
 * the module that sends notices, so the channel module does not depend on it.
 */
public interface NoticeTotals {

    Totals totals(TenantId tenantId);

    /** @param successRate sent out of sent and failed, in percent */
    record Totals(long total, long sent, long failed, long pending, double successRate) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);
    }
}

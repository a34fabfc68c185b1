package id.sapa.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;

import id.sapa.shared.TenantId;

/**
 * One business using Sapa.
 *
 * @param businessHours when the business is open: its own, or {@link BusinessHours#DEFAULT}
 */
public record Tenant(TenantId id, String name, ZoneId timezone, TenantLocale locale, Map<String, Object> settings,
        Instant createdAt, BusinessHours businessHours) {

    public Tenant {
        // Unmodifiable: one tenant read is shared by every request that reads it moments later.
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(settings);
        businessHours = businessHours == null ? BusinessHours.DEFAULT : businessHours;
    }

    /** A tenant with the default business hours. */
    public Tenant(TenantId id, String name, ZoneId timezone, TenantLocale locale, Map<String, Object> settings,
            Instant createdAt) {
        this(id, name, timezone, locale, settings, createdAt, BusinessHours.DEFAULT);
    }
}

package id.sapa.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import id.sapa.shared.TenantId;

/** One business using Sapa. */
public record Tenant(TenantId id, String name, ZoneId timezone, TenantLocale locale, Map<String, Object> settings,
        Instant createdAt) {
}

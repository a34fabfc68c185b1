package id.sapa.autoreply;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;
import id.sapa.shared.TenantId;
import id.sapa.tenant.BusinessHours;
import id.sapa.tenant.Tenant;

/**
 * Each tenant's compiled rule set, kept in memory and compiled again only when the tenant's rule-set
 * version in the database moved (a rule was added, changed, toggled or deleted on any node) or its
 * time zone or business hours changed (read with the tenant for each message, so a change made on
 * any node counts at once). The version check is one primary-key read per message.
 */
@Component
class RuleSets {

    private record Compiled(long version, ZoneId zone, BusinessHours hours, CompiledRules rules) {
    }

    private final RuleRepository repository;
    private final Presets presets;
    private final AutoReplySettings settings;
    // Bounded: a tenant that has been quiet for an hour compiles again on its next message.
    private final Cache<TenantId, Compiled> cache = Caches.builder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofHours(1)).build();

    RuleSets(RuleRepository repository, Presets presets, AutoReplySettings settings) {
        this.repository = repository;
        this.presets = presets;
        this.settings = settings;
    }

    CompiledRules current(Tenant tenant) {
        long version = ensurePresets(tenant);
        Compiled cached = cache.getIfPresent(tenant.id());
        if (cached != null && cached.version() == version && cached.zone().equals(tenant.timezone())
                && cached.hours().equals(tenant.businessHours())) {
            return cached.rules();
        }
        CompiledRules rules = compile(repository.all(tenant.id()), tenant);
        cache.put(tenant.id(), new Compiled(version, tenant.timezone(), tenant.businessHours(), rules));
        return rules;
    }

    /** The rules compiled for the tenant: its time zone, and its business hours for time-based rules without their own. */
    static CompiledRules compile(List<Rule> rules, Tenant tenant) {
        return CompiledRules.compile(rules, tenant.timezone(), WorkingHours.of(tenant.businessHours()));
    }

    /** Gives a tenant its presets on first use; answers the rule-set version. */
    long ensurePresets(Tenant tenant) {
        long version = repository.version(tenant.id());
        if (version < 0) {
            presets.ensure(tenant.id(), tenant.locale(), settings.defaultDelaySeconds());
            version = repository.version(tenant.id());
        }
        return version;
    }
}

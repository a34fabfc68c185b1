package id.sapa.tenant;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.TenantId;

/** The tenant module's API: create, read and change tenants. */
@Service
public class Tenants {

    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Asia/Jakarta");

    private final TenantRepository repository;
    private final ApplicationEventPublisher events;

    Tenants(TenantRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public Tenant create(String name) {
        TenantId id = TenantId.random();
        repository.insert(id, name.strip(), DEFAULT_TIMEZONE, TenantLocale.ID);
        return get(id);
    }

    public Optional<Tenant> find(TenantId id) {
        return repository.find(id);
    }

    public Tenant get(TenantId id) {
        return repository.find(id).orElseThrow(() -> ProblemException.notFound(new Text("Usaha", "Tenant"), id));
    }

    /** Whether any business has been set up yet (a fresh install has none). */
    public boolean any() {
        return repository.any();
    }

    /**
     * @throws ProblemException 404 for an unknown tenant; 400 naming the field when the business
     *                          hours or a setting Sapa reads are invalid
     */
    @Transactional
    public Tenant update(TenantId id, TenantChanges changes) {
        get(id);
        KnownSettings.check(changes.settings());
        if (changes.businessHours() != null) {
            changes.businessHours().check("businessHours");
        }
        repository.update(id, changes);
        events.publishEvent(new TenantChanged(id));
        return get(id);
    }
}

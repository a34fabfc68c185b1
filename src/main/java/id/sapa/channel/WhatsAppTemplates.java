package id.sapa.channel;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.internal.ChannelKeys;
import id.sapa.channel.internal.ProviderRegistry;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;

/**
 * The tenant's registry of message templates: what may be sent outside the 24-hour window.
 * Filled from the provider on demand and kept current by the provider's status notices.
 */
@Service
public class WhatsAppTemplates {

    private final TemplateRepository repository;
    private final Channels channels;
    private final ChannelKeys keys;
    private final ProviderRegistry providers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WhatsAppTemplates(TemplateRepository repository, Channels channels, ChannelKeys keys, ProviderRegistry providers,
            TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.keys = keys;
        this.providers = providers;
        this.transaction = transaction;
        this.clock = clock;
    }

    public List<WhatsAppTemplate> list(TenantId tenantId) {
        return repository.list(tenantId);
    }

    public Optional<WhatsAppTemplate> find(TenantId tenantId, String name, String language) {
        return repository.find(tenantId, name, language);
    }

    /** Reads the templates of the tenant's business account from the provider and keeps them. */
    public List<WhatsAppTemplate> sync(TenantId tenantId) {
        Channel channel = channels.find(tenantId)
                .orElseThrow(() -> ProblemException.conflict(new Text("WhatsApp belum pernah dihubungkan; hubungkan nomornya dulu",
                        "WhatsApp has never been connected; connect the number first")));
        List<WhatsAppTemplate> templates;
        try {
            templates = providers.get(channel.provider()).templates(keys.open(channel));
        } catch (ProviderException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.reason());
        }
        transaction.executeWithoutResult(status -> repository.replaceAll(tenantId, templates, clock.instant()));
        return repository.list(tenantId);
    }

    /** Meta moved a template to another category (its content did not match the one asked for). */
    public void applyCategoryNotice(String businessAccountId, String name, String language, String category) {
        if (businessAccountId == null || name == null || category == null) {
            return;
        }
        transaction.executeWithoutResult(tx -> repository.applyCategory(businessAccountId, name, language,
                category.toLowerCase(Locale.ROOT), clock.instant()));
    }

    /**
     * Meta reviewed, paused or disabled a template of a business account.
     *
     * @param event Meta's event in capitals ({@code APPROVED}, {@code REJECTED}, {@code PAUSED} …)
     */
    public void applyStatusNotice(String businessAccountId, String name, String language, String event, String reason) {
        String status = event == null ? null : event.toLowerCase(Locale.ROOT);
        if (businessAccountId == null || name == null || status == null) {
            return;
        }
        transaction.executeWithoutResult(tx -> repository.applyStatus(businessAccountId, name, language, status,
                reason == null || reason.equalsIgnoreCase("NONE") ? null : reason, clock.instant()));
    }
}

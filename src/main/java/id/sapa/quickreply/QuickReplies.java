package id.sapa.quickreply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;

/**
 * The quick-reply module's API. Anyone who answers chats keeps personal quick replies; the ones the
 * whole team shares are the supervisors' to write.
 */
@Service
public class QuickReplies {

    private static final Text QUICK_REPLY = new Text("Balasan cepat", "Quick reply");

    private final QuickReplyRepository repository;
    private final Starters starters;
    private final Clock clock;

    QuickReplies(QuickReplyRepository repository, Starters starters, Clock clock) {
        this.repository = repository;
        this.starters = starters;
        this.clock = clock;
    }

    @Transactional
    public QuickReply create(Actor actor, QuickReplyDraft draft) {
        checkMayWrite(actor, draft.global());
        UUID id = UUID.randomUUID();
        try {
            repository.insert(actor.tenantId(), id, actor.userId(), draft, clock.instant());
        } catch (DuplicateKeyException taken) {
            throw shortcutTaken(draft);
        }
        return get(actor, id);
    }

    /** Replaces the quick reply's content; making a personal one global (or back) follows the same rules. */
    @Transactional
    public QuickReply update(Actor actor, UUID id, QuickReplyDraft draft) {
        QuickReply current = get(actor, id);
        checkMayWrite(actor, current.global());
        checkMayWrite(actor, draft.global());
        try {
            repository.update(actor.tenantId(), id, draft, clock.instant());
        } catch (DuplicateKeyException taken) {
            throw shortcutTaken(draft);
        }
        return get(actor, id);
    }

    @Transactional
    public void delete(Actor actor, UUID id) {
        QuickReply current = get(actor, id);
        checkMayWrite(actor, current.global());
        repository.delete(actor.tenantId(), id);
    }

    /** One quick reply the actor can see: a global one, or their own personal one. */
    public QuickReply get(Actor actor, UUID id) {
        return repository.findVisible(actor.tenantId(), actor.userId(), id)
                .orElseThrow(() -> ProblemException.notFound(QUICK_REPLY, id));
    }

    /**
     * The actor's quick replies; the tenant's first list gives it the starters.
     *
     * @param category in any case: "pengiriman" and "Pengiriman" are one category
     * @param search   the start of a shortcut (with or without its slash) ranks first, then any part of
     *                 the shortcut, title or text
     */
    public List<QuickReply> list(Actor actor, String category, String search, boolean includeInactive) {
        starters.ensure(actor.tenantId());
        String wanted = search == null || search.isBlank() ? null : search.strip();
        String inCategory = category == null || category.isBlank() ? null : category.strip();
        return repository.list(actor.tenantId(), actor.userId(), inCategory, wanted, includeInactive);
    }

    /**
     * The quick reply the actor is about to send; refused when they cannot see it or it is switched off.
     *
     * @param field the request field that named it, for the error
     */
    public QuickReply usable(Actor actor, UUID id, String field) {
        QuickReply reply = repository.findVisible(actor.tenantId(), actor.userId(), id)
                .orElseThrow(() -> ProblemException.notFound(QUICK_REPLY, id).with("field", field));
        if (!reply.active()) {
            throw ProblemException.invalidField(field, new Text("balasan cepat " + reply.shortcut() + " sedang dinonaktifkan",
                    "the quick reply " + reply.shortcut() + " is switched off"));
        }
        return reply;
    }

    /**
     * A quick reply the whole team shares (switched on or off), for what answers on the business's
     * behalf (auto-replies); personal ones are their author's alone.
     */
    public Optional<QuickReply> shared(TenantId tenantId, UUID id) {
        return repository.findShared(tenantId, id);
    }

    /** Counts a use of the quick reply, in the transaction that sends it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUse(TenantId tenantId, UUID id, Instant at) {
        repository.recordUse(tenantId, id, at);
    }

    /** A personal quick reply is visible to its author only, so finding it proves authorship. */
    private static void checkMayWrite(Actor actor, boolean global) {
        if (global && !actor.can(Permission.MANAGE_QUICK_REPLIES)) {
            throw ProblemException.forbidden(new Text("Hanya supervisor yang dapat menulis balasan cepat untuk seluruh tim",
                    "Only supervisors may write quick replies the whole team uses"));
        }
    }

    private static ProblemException shortcutTaken(QuickReplyDraft draft) {
        return ProblemException.conflict(new Text("Pintasan " + draft.shortcut() + " sudah dipakai balasan cepat lain",
                "The shortcut " + draft.shortcut() + " is already used by another quick reply"))
                .with("errors", List.of(new ProblemException.FieldError("shortcut", new Text("sudah dipakai", "is already used"))));
    }
}

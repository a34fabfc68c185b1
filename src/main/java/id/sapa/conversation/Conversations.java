package id.sapa.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contacts;
import id.sapa.contact.InboundContact;
import id.sapa.conversation.ConversationEvent.ConversationOpened;
import id.sapa.conversation.ConversationEvent.ConversationReopened;
import id.sapa.conversation.ConversationEvent.ConversationsMerged;
import id.sapa.conversation.ConversationEvent.LastMessage;
import id.sapa.conversation.ConversationEvent.LatestMessageChanged;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEvent.SnoozeChanged;
import id.sapa.conversation.ConversationEvent.StatusChanged;
import id.sapa.conversation.ConversationEvent.UnreadCountChanged;
import id.sapa.conversation.ConversationEvent.WindowChanged;
import id.sapa.operator.OperatorStatistics;
import id.sapa.shared.Actor;
import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;
import id.sapa.shared.WhatsAppUser;
import id.sapa.tenant.Tenants;

/** The conversation module's API. */
@Service
public class Conversations {

    private final ConversationRepository repository;
    private final ConversationQueries queries;
    private final ConversationEditor editor;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final AutoAssignment autoAssignment;
    private final OperatorStatistics statistics;
    private final CustomerMerges merges;
    private final Tenants tenants;

    /** The tenant setting: a member answering an unassigned conversation takes it. */
    public static final String ASSIGN_ON_REPLY = "assignOnReply";

    Conversations(ConversationRepository repository, ConversationQueries queries, ConversationEditor editor,
            Contacts contacts, ApplicationEventPublisher events, AutoAssignment autoAssignment,
            OperatorStatistics statistics, CustomerMerges merges, Tenants tenants) {
        this.merges = merges;
        this.tenants = tenants;
        this.autoAssignment = autoAssignment;
        this.statistics = statistics;
        this.repository = repository;
        this.queries = queries;
        this.editor = editor;
        this.contacts = contacts;
        this.events = events;
    }

    /**
     * Counts a customer message in the contact's conversation, opening or re-opening it, and tells
     * the other modules. Only a message the customer wrote ({@code written}) re-opens the
     * conversation, counts as unread and opens the 24-hour window; a reaction or a system notice is
     * stored and counted as what it is. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InboundConversation recordInbound(TenantId tenantId, InboundContact contact, WhatsAppUser customer,
            String preview, Instant at, boolean written) {
        if (contact.firstEver()) {
            repository.adoptOrphan(tenantId, contact.id(), customer);
        }
        var upserted = repository.upsertInbound(tenantId, contact.id(), customer, contact.name(), preview, at, written);
        Conversation conversation = upserted.conversation();
        boolean reopened = !upserted.inserted() && upserted.reopened();
        if (upserted.inserted() || reopened) {
            contacts.recordConversationOpened(tenantId, contact.id());
        }
        if (upserted.inserted()) {
            events.publishEvent(new ConversationOpened(tenantId, conversation.id(), contact.id()));
        } else {
            if (reopened) {
                events.publishEvent(new ConversationReopened(tenantId, conversation.id()));
            } else if (upserted.woke()) {
                // The customer wrote to a snoozed conversation: it is open again before its time.
                events.publishEvent(new StatusChanged(tenantId, conversation.id(), ConversationStatus.ACTIVE, false));
                events.publishEvent(new SnoozeChanged(tenantId, conversation.id(), null));
            }
            publishCounts(conversation);
        }
        return new InboundConversation(conversation, upserted.inserted(), reopened);
    }

    /**
     * The contact's conversation, opened when they have none yet, for a message the business starts
     * (a notice to a customer's number): like a customer's first message it takes over a conversation
     * left without a contact, and tells the other modules it opened; it counts no message. Joins the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Conversation findOrOpen(TenantId tenantId, InboundContact contact, WhatsAppUser customer, Instant at) {
        // A contact made just now has a conversation only if it adopted one written before it existed.
        boolean mayHaveOne = !contact.firstEver() || repository.adoptOrphan(tenantId, contact.id(), customer);
        Optional<Conversation> existing = mayHaveOne ? repository.findByContact(tenantId, contact.id()) : Optional.empty();
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Conversation> opened = repository.open(tenantId, contact.id(), customer, contact.name(), at);
        if (opened.isEmpty()) {
            // A customer's message opened it in the meantime.
            return repository.findByContact(tenantId, contact.id()).orElseThrow();
        }
        contacts.recordConversationOpened(tenantId, contact.id());
        events.publishEvent(new ConversationOpened(tenantId, opened.get().id(), contact.id()));
        return opened.get();
    }

    /**
     * Counts a message the business sent; the list shows it as the latest. A team member answering
     * a conversation in bot mode takes it over: it switches to agent mode (seed 003).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOutbound(TenantId tenantId, ConversationId id, String preview, SenderType from, Instant at) {
        Conversation conversation = repository.recordOutbound(tenantId, id, preview, from, at);
        boolean takenOver = from == SenderType.CS && repository.takeOverFromBot(tenantId, id);
        events.publishEvent(new LatestMessageChanged(tenantId, id, LastMessage.of(conversation)));
        if (takenOver) {
            events.publishEvent(new ModeChanged(tenantId, id, ChatMode.AGENT));
        }
    }

    /**
     * A team member sent a message into the conversation: the customer stops waiting, and the
     * member's statistics count the message and how long the customer waited for it. Answering a
     * conversation nobody had takes it (tenant setting {@code assignOnReply}, on unless set false),
     * so two colleagues do not both answer the same customer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReply(TenantId tenantId, ConversationId id, UserId by, Instant at) {
        var waited = repository.recordReply(tenantId, id);
        statistics.recordMessageSent(tenantId, by, waited.map(w -> w.since()).orElse(null),
                waited.map(w -> w.firstReply()).orElse(false), at);
        if (tenants.find(tenantId).map(tenant -> !Boolean.FALSE.equals(tenant.settings().get(ASSIGN_ON_REPLY)))
                .orElse(false)) {
            editor.takeOnReply(tenantId, id, by);
        }
    }

    /** Sets how many customer messages the team has not read yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void resetUnread(TenantId tenantId, ConversationId id, int unread) {
        if (repository.setUnread(tenantId, id, unread)) {
            events.publishEvent(new UnreadCountChanged(tenantId, id, unread));
        }
    }

    public Optional<Conversation> find(TenantId tenantId, ConversationId id) {
        return repository.find(tenantId, id);
    }

    /** The customer's conversation, found by their BSUID or number. */
    public Optional<Conversation> findByCustomer(TenantId tenantId, WhatsAppUser customer) {
        return repository.findByCustomer(tenantId, customer);
    }

    public Optional<Conversation> findByContact(TenantId tenantId, ContactId contactId) {
        return repository.findByContact(tenantId, contactId);
    }

    /**
     * First step of joining two contacts found to be one customer: the absorbed contact's
     * conversation becomes the kept contact's when that has none (empty answer), else both are
     * answered, for the caller to move the messages before {@link #completeMerge}. Joins the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ConversationMerge> prepareMerge(TenantId tenantId, ContactId absorbed, ContactId kept) {
        return merges.prepare(tenantId, absorbed, kept);
    }

    /** Joins {@code merge.from()} into {@code merge.into()} once its messages are there. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completeMerge(TenantId tenantId, ConversationMerge merge) {
        events.publishEvent(new ConversationsMerged(tenantId, merge.from(), merge.into()));
        merges.complete(tenantId, merge);
        publishCounts(get(tenantId, merge.into()));
    }

    /** What the inbox list shows of a conversation that took in a customer's messages. */
    private void publishCounts(Conversation conversation) {
        TenantId tenantId = conversation.tenantId();
        events.publishEvent(new UnreadCountChanged(tenantId, conversation.id(), conversation.unreadCount()));
        events.publishEvent(new LatestMessageChanged(tenantId, conversation.id(), LastMessage.of(conversation)));
        events.publishEvent(new WindowChanged(tenantId, conversation.id(), conversation.windowExpiresAt()));
    }

    /** The contact's identifiers changed (a new number, a BSUID learnt): its conversation follows. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void readdress(TenantId tenantId, ContactId contactId, WhatsAppUser customer) {
        repository.readdress(tenantId, contactId, customer);
    }

    /**
     * The conversation, if the actor may work on it: supervisors see every conversation, others
     * their own and the unassigned ones.
     *
     * @throws ProblemException 404 when not in the actor's tenant, 403 when assigned to someone else
     */
    public Conversation getVisible(Actor actor, ConversationId id) {
        Conversation conversation = get(actor.tenantId(), id);
        checkVisible(actor, conversation);
        return conversation;
    }

    static void checkVisible(Actor actor, Conversation conversation) {
        if (!actor.can(Permission.SUPERVISE) && conversation.assignedCsId() != null
                && !conversation.assignedCsId().equals(actor.userId())) {
            throw ProblemException.forbidden(new Text("Percakapan ini ditugaskan ke orang lain", "This conversation is assigned to someone else"));
        }
    }

    /**
     * Puts the conversation up for automatic assignment (when the tenant has it on), e.g. when an
     * auto-reply hands the customer to a person. Joins the caller's transaction when there is one.
     */
    public void requestAssignment(TenantId tenantId, ConversationId id) {
        get(tenantId, id);
        autoAssignment.schedule(tenantId);
    }

    public Conversation get(TenantId tenantId, ConversationId id) {
        return repository.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(new Text("Percakapan", "Conversation"), id));
    }

    /** The inbox list: one page of the tenant's conversations and the number matching in all. */
    public ConversationPage list(TenantId tenantId, ConversationQuery query) {
        return queries.list(tenantId, query);
    }

    /**
     * Changes status, priority, mode, tags, notes or assignee and tells the other modules what
     * changed. Resolving stamps {@code resolvedAt}; leaving "resolved" clears it. Handing the
     * conversation to someone else needs {@link Permission#ASSIGN_CHATS}; an operator may take it
     * themselves or give back their own.
     */
    @Transactional
    public Conversation update(Actor actor, ConversationId id, ConversationChanges changes) {
        return editor.apply(actor, id, changes, "assignedCsId");
    }

    /** Hands the conversation to a user of the tenant; the same rules as {@link #update}. */
    @Transactional
    public Conversation assign(Actor actor, ConversationId id, UserId assignee) {
        return editor.apply(actor, id, ConversationChanges.assign(assignee), "csOperatorId");
    }

    @Transactional
    public Conversation unassign(Actor actor, ConversationId id) {
        return editor.apply(actor, id, ConversationChanges.unassign(), "csOperatorId");
    }

    /**
     * Hands the conversation to the team on behalf of the automation (an auto-reply routing a
     * complaint): agent mode, the given priority, the tag added, assigned to {@code assignee} or, when
     * null, put in the unassigned queue for automatic assignment. Joins the caller's transaction.
     *
     * @throws ProblemException when the assignee is not a user of the tenant who can answer chats
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Conversation handOverToTeam(TenantId tenantId, ConversationId id, Priority priority, String tag,
            UserId assignee) {
        Conversation current = get(tenantId, id);
        List<String> tags = new ArrayList<>(current.tags());
        if (tag != null && !tags.contains(tag)) {
            tags.add(tag);
        }
        ConversationChanges changes = new ConversationChanges(null, priority, ChatMode.AGENT, tags, null,
                assignee == null ? null : Optional.of(assignee));
        Conversation handedOver = editor.applyAutomatically(tenantId, id, changes);
        if (handedOver.assignedCsId() == null) {
            // Waiting for the team: automatic assignment (when the tenant uses it) hands it out.
            autoAssignment.schedule(tenantId);
        }
        return handedOver;
    }

    /**
     * Hands the conversation to the team like {@link #handOverToTeam} and, when nobody has it yet,
     * to someone who can answer now (seed 003 "urgent": find an available agent), whatever the
     * tenant's automatic assignment setting: {@code preferred} if they are online, under their
     * capacity and answer chats, else the least loaded member who is. With nobody available it
     * waits in the unassigned queue. A conversation someone already has stays with them. Runs
     * under the tenant's hand-out lock, so it never pushes anyone past capacity when automatic
     * assignment hands out at the same moment. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Conversation handOverToAvailableMember(TenantId tenantId, ConversationId id, Priority priority, String tag,
            UserId preferred) {
        autoAssignment.lockQueue(tenantId);
        Conversation current = repository.lock(tenantId, id)
                .orElseThrow(() -> ProblemException.notFound(new Text("Percakapan", "Conversation"), id));
        UserId assignee = current.assignedCsId() != null ? null
                : autoAssignment.claimNow(tenantId, preferred).orElse(null);
        return handOverToTeam(tenantId, id, priority, tag, assignee);
    }
}

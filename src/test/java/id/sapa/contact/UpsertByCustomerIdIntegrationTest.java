package id.sapa.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.WhatsAppUser;
import id.sapa.support.WebIntegrationTest;
import id.sapa.tenant.Tenants;

/**
 * The billing system syncs from several workers, so the same customer can arrive twice at once: each
 * round starts two upserts together (a barrier) and checks that they leave one contact.
 */
@WebIntegrationTest
class UpsertByCustomerIdIntegrationTest {

    private static final int ROUNDS = 10;

    @Autowired
    Contacts contacts;
    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transactions;

    TenantId tenant;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        tenant = tenants.create("Toko Sinkron").id();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoUpsertsOfANewCustomerAtOnceCreateOneContact() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String customerId = "CUST-" + round;
            PhoneNumber phone = phone(round);

            List<Outcome> both = together(() -> contacts.upsertByCustomerId(tenant, customerId, phone, "Budi"),
                    () -> contacts.upsertByCustomerId(tenant, customerId, phone, "Budi"));

            assertThat(both).extracting(Outcome::upserted).doesNotContainNull();
            assertThat(both).extracting(outcome -> outcome.upserted().created())
                    .containsExactlyInAnyOrder(true, false);
            assertThat(both).extracting(outcome -> outcome.upserted().contact().id()).containsOnly(
                    contacts.findByCustomerId(tenant, customerId).orElseThrow().id());
        }
    }

    @Test
    void aNewNumberAndAKnownNumberForOneCustomerAtOnceLeaveOneContactWithTheCustomerId() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String customerId = "CUST-" + round;
            PhoneNumber known = phone(100 + round);
            PhoneNumber fresh = phone(200 + round);
            Contact wroteIn = contacts.create(tenant, known,
                    new ContactDetails(null, null, null, null, null, null, null));

            List<Outcome> both = together(() -> contacts.upsertByCustomerId(tenant, customerId, fresh, null),
                    () -> contacts.upsertByCustomerId(tenant, customerId, known, null));

            // The known number first: its contact takes the customer id, then moves to the new number.
            // The new number first: a new contact, and the known number then belongs to another contact.
            assertThat(both.getFirst().refused()).isNull();
            if (both.getLast().refused() != null) {
                assertThat(both.getLast().refused().type()).isEqualTo(ProblemType.CONFLICT);
                assertThat(both.getLast().refused().properties()).containsEntry("field", "phone");
                assertThat(contacts.get(tenant, wroteIn.id()).customerId()).isNull();
            }
            Contact customer = contacts.findByCustomerId(tenant, customerId).orElseThrow();
            assertThat(customer.phone()).isEqualTo(fresh);
        }
    }

    @Test
    void aCustomerWritingInWhileBillingAddsThemIsOneContact() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String customerId = "CUST-" + round;
            WhatsAppUser customer = WhatsAppUser.of(phone(300 + round));

            List<Outcome> both = together(
                    () -> contacts.upsertByCustomerId(tenant, customerId, customer.phone(), "Budi"),
                    () -> {
                        transactions.executeWithoutResult(tx -> contacts.recordInbound(tenant, customer, "Budi WA",
                                Instant.parse("2026-12-03T09:00:00Z")));
                        return null;
                    });

            assertThat(both.getFirst().refused()).isNull();
            Contact contact = contacts.findByPhone(tenant, customer.phone()).orElseThrow();
            assertThat(contact.customerId()).isEqualTo(customerId);
            assertThat(contact.totalMessagesReceived()).isEqualTo(1);
        }
    }

    @Test
    void findByPhoneNeverAddsAContact() {
        assertThat(contacts.findByPhone(tenant, phone(999))).isEmpty();
        assertThat(contacts.findByPhone(tenant, phone(999))).isEmpty();
        assertThat(contacts.list(tenant, new ContactQuery(null, null, null, null, null, null, 1, 10)).total()).isZero();
    }

    /** Runs both at the same moment and answers what each did, in the order given. */
    private List<Outcome> together(Supplier<UpsertedContact> first, Supplier<UpsertedContact> second)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Outcome>> running = new ArrayList<>();
        for (Supplier<UpsertedContact> task : List.of(first, second)) {
            running.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return new Outcome(task.get(), null);
                } catch (ProblemException refused) {
                    return new Outcome(null, refused);
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> outcome : running) {
            outcomes.add(outcome.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static PhoneNumber phone(int n) {
        return PhoneNumber.parse("08127" + String.format("%07d", n));
    }

    private record Outcome(UpsertedContact upserted, ProblemException refused) {
    }
}

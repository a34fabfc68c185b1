package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import id.sapa.message.MessageHistory;
import id.sapa.shared.MessageId;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** With auto-replies off (the test default), the inbound path writes nothing for the engine. */
class AutoReplyOffWebTest extends WebTestSupport {

    @Autowired
    MessageHistory history;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aCustomerMessageCostsNoDurablePublication() {
        SignedIn owner = accounts.registerBusiness("Toko Tanpa Bot");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        String written = sandbox.customerSays("081234567893", "Budi", "halo kak").get("messageId").asString();
        // Published outside a transaction no listener runs: a publication stored for it would stay.
        events.publishEvent(history.received(owner.tenantId(), MessageId.of(written)).orElseThrow());

        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + written + "%").query(Integer.class).single()).isZero();
    }
}

package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** The list's totals come from counters kept by the database; they must match a real count. */
class ConversationTotalsWebTest extends WebTestSupport {

    @Test
    void totalsFollowNewReopenedAndResolvedConversations() {
        SignedIn owner = accounts.registerBusiness("Toko Hitung");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        for (String customer : new String[] {"081234567801", "081234567802", "081234567803"}) {
            sandbox.customerSays(customer, null, "Halo");
        }
        String first = conversationOf(owner, "+6281234567801");
        String second = conversationOf(owner, "+6281234567802");
        api.patch("/api/conversations/" + first, Map.of("status", "resolved")).token(owner.token()).send();
        api.patch("/api/conversations/" + second, Map.of("status", "closed")).token(owner.token()).send();
        sandbox.customerSays("081234567802", null, "Masih ada pertanyaan");

        assertTotalsMatch(owner);
        assertThat(total(owner, "")).isEqualTo(3);
        assertThat(total(owner, "&status=active")).isEqualTo(2);
        assertThat(total(owner, "&status=resolved")).isEqualTo(1);
        assertThat(total(owner, "&status=closed")).isZero();
    }

    private void assertTotalsMatch(SignedIn owner) {
        for (String status : new String[] {"active", "pending", "resolved", "closed", "spam"}) {
            long counted = jdbc.sql("SELECT count(*) FROM conversations WHERE tenant_id = ? AND status = ?")
                    .params(owner.tenantId().value(), status).query(Long.class).single();
            assertThat(total(owner, "&status=" + status)).as(status).isEqualTo(counted);
        }
    }

    private long total(SignedIn owner, String filter) {
        return api.get("/api/conversations?limit=1" + filter).token(owner.token()).send().json()
                .get("meta").get("total").asLong();
    }

    private String conversationOf(SignedIn owner, String phone) {
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ? AND customer_phone = ?")
                .params(owner.tenantId().value(), phone).query(UUID.class).single().toString();
    }
}

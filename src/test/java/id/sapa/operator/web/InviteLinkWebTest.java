package id.sapa.operator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.WebTestSupport;

/** GET /accept-invite: the invitation link opens the web app's accept page, token and all. */
class InviteLinkWebTest extends WebTestSupport {

    @Test
    void theInvitationLinkRedirectsToTheAcceptPageWithItsToken() {
        Api.Reply reply = api.get("/accept-invite?token=t4j75lFm-_Vk0L9").send();

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).isEqualTo("/#/invite?token=t4j75lFm-_Vk0L9");
    }

    @Test
    void aLinkWithoutATokenStillOpensThePageWhichSaysSo() {
        Api.Reply reply = api.get("/accept-invite").send();

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).isEqualTo("/#/invite?token=");
    }
}

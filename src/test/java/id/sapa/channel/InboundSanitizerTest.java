package id.sapa.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.sapa.channel.InboundSanitizer.Clean;
import id.sapa.channel.InboundSanitizer.Refused;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.shared.Text;
import id.sapa.channel.spi.InboundEvent.DeliveryStatus;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.Location;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.InboundEvent.Typing;
import id.sapa.channel.spi.MessageKind;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;

class InboundSanitizerTest {

    static final WhatsAppUser CUSTOMER = WhatsAppUser.of(PhoneNumber.parse("+6281234567890"));
    static final Instant AT = Instant.parse("2026-12-02T01:50:00Z");

    @Test
    void nulIsRemovedFromEveryText() {
        InboundMessage in = new InboundMessage("wamid.\u0000A", CUSTOMER, "Bu\u0000di", AT, MessageKind.DOCUMENT, "Ha\u0000lo",
                new InboundMedia(null, "https://x/\u0000", "application/\u0000pdf", "nota\u0000.pdf", "Nota\u0000"),
                new Location(-6.2, 106.8, "To\u0000ko", "Jl.\u0000 Sudirman"), "wamid.\u0000Q", false, "ya\u0000");

        InboundMessage clean = message(InboundSanitizer.check(in));

        assertThat(clean).isEqualTo(new InboundMessage("wamid.A", CUSTOMER, "Budi", AT, MessageKind.DOCUMENT, "Halo",
                new InboundMedia(null, "https://x/", "application/pdf", "nota.pdf", "Nota"),
                new Location(-6.2, 106.8, "Toko", "Jl. Sudirman"), "wamid.Q", false, "ya"));
    }

    @Test
    void namesFileNamesAndMimeTypesAreCutToTheirColumns() {
        InboundMessage in = text("wamid.LONG", "N".repeat(200), null, null)
                .withMedia(new InboundMedia(null, null, "m".repeat(150), "f".repeat(300), null));

        InboundMessage clean = message(InboundSanitizer.check(in));

        assertThat(clean.profileName()).isEqualTo("N".repeat(InboundSanitizer.PROFILE_NAME));
        assertThat(clean.media().mimeType()).hasSize(InboundSanitizer.MIME_TYPE);
        assertThat(clean.media().fileName()).hasSize(InboundSanitizer.FILE_NAME);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // 99 letters and an emoji (two UTF-16 units) fit exactly; one more emoji does not.
        String name = "a".repeat(99) + "🙏🙏";

        String cut = message(InboundSanitizer.check(text("wamid.EMOJI", name, null, null))).profileName();

        assertThat(cut).isEqualTo("a".repeat(99) + "🙏");
    }

    @Test
    void anIdLongerThanItsColumnRefusesTheEventAndAnIdThatFitsIsKept() {
        String fits = "w".repeat(InboundSanitizer.PROVIDER_ID);
        String tooLong = "w".repeat(InboundSanitizer.PROVIDER_ID + 1);

        assertThat(InboundSanitizer.check(text(fits, "Budi", null, null))).isInstanceOf(Clean.class);
        assertThat(InboundSanitizer.check(text(tooLong, "Budi", null, null)))
                .isEqualTo(new Refused("providerMessageId", new Text("lebih panjang dari 128 karakter", "is longer than 128 characters")));
        assertThat(InboundSanitizer.check(new OwnMessage(tooLong, CUSTOMER, AT, MessageKind.TEXT, "Ada", null)))
                .isInstanceOf(Refused.class);
        assertThat(InboundSanitizer.check(new StatusUpdate(tooLong, DeliveryStatus.READ, AT, null, null)))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aQuotedIdOrReplyIdThatDoesNotFitIsDroppedAndTheMessageKept() {
        InboundMessage in = text("wamid.REPLY", "Budi", "q".repeat(InboundSanitizer.PROVIDER_ID + 1),
                "r".repeat(InboundSanitizer.REPLY_ID + 1));

        InboundMessage clean = message(InboundSanitizer.check(in));

        assertThat(clean.quotedProviderMessageId()).isNull();
        assertThat(clean.replyId()).isNull();
        assertThat(clean.text()).isEqualTo("Halo");
    }

    @Test
    void aStatusErrorCodeIsCutAndTypingPassesAsItIs() {
        StatusUpdate status = new StatusUpdate("wamid.S", DeliveryStatus.FAILED, AT, "c".repeat(80), "Gagal\u0000");
        Typing typing = new Typing(CUSTOMER, true);

        StatusUpdate clean = (StatusUpdate) ((Clean) InboundSanitizer.check(status)).event();

        assertThat(clean.errorCode()).hasSize(InboundSanitizer.ERROR_CODE);
        assertThat(clean.errorMessage()).isEqualTo("Gagal");
        assertThat(InboundSanitizer.check(typing)).isEqualTo(new Clean(typing));
    }

    private static InboundMessage text(String id, String name, String quoted, String replyId) {
        return new InboundMessage(id, CUSTOMER, name, AT, MessageKind.TEXT, "Halo", null, null, quoted, false, replyId);
    }

    private static InboundMessage message(InboundSanitizer.Verdict verdict) {
        assertThat(verdict).isInstanceOf(Clean.class);
        InboundEvent event = ((Clean) verdict).event();
        return (InboundMessage) event;
    }
}

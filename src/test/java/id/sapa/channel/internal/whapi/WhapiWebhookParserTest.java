package id.sapa.channel.internal.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.sapa.channel.internal.ItemFailures;
import id.sapa.channel.internal.whapi.WhapiWebhookParser.Parsed;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.PhoneNumber;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whapi's incoming message types, in the shape of the samples of Whapi's "Incoming message"
 * webhook page and its message schema, mapped to Sapa's message types.
 */
class WhapiWebhookParserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One customer message of the given type with its content object, as Whapi posts it. */
    private static Parsed one(String type, String content) {
        String body = """
                {"messages": [{"id": "p.w30M7fgwWD4XwHu.g4CA-gBgTwl0rVw", "from_me": false, "type": "%s",
                  "chat_id": "6281234567890@s.whatsapp.net", "timestamp": 1712995245, "source": "mobile",
                  %s
                  "from": "6281234567890", "from_name": "Budi"}],
                 "event": {"type": "messages", "event": "post"}, "channel_id": "MANTIS-M72HC"}
                """.formatted(type, content.isBlank() ? "" : content + ",");
        List<Parsed> events = WhapiWebhookParser.events(JSON.readTree(body), failures());
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static ItemFailures failures() {
        return new ItemFailures(ProviderType.WHAPI, new SimpleMeterRegistry());
    }

    private static InboundMessage message(Parsed parsed) {
        return (InboundMessage) parsed.event();
    }

    @Test
    void textAndTextWithALinkPreview() {
        InboundMessage text = message(one("text", "\"text\": {\"body\": \"Hello world\"}"));
        assertThat(text.kind()).isEqualTo(MessageKind.TEXT);
        assertThat(text.text()).isEqualTo("Hello world");
        assertThat(text.from().phone()).isEqualTo(PhoneNumber.parse("+6281234567890"));
        assertThat(text.profileName()).isEqualTo("Budi");

        InboundMessage link = message(one("link_preview", """
                "link_preview": {"body": "This is text with url https://whapi.cloud/features",
                  "url": "https://whapi.cloud/features", "title": "Our Features",
                  "id": "file-c1bbc9f05afbd6cab62fc94f20b81ef9-80b513c25d2b57", "description": "API"}"""));
        assertThat(link.kind()).isEqualTo(MessageKind.TEXT);
        assertThat(link.text()).isEqualTo("This is text with url https://whapi.cloud/features");
    }

    @Test
    void imagesVideosAndDocumentsKeepTheirFileCaptionAndName() {
        Parsed image = one("image", """
                "image": {"id": "jpeg-4ac2b0f5c3b9f1f0-a89c7e2e6b6a5f", "mime_type": "image/jpeg", "file_size": 135169,
                  "sha256": "Jm5bKx0E0QbQ1Cw=", "width": 1280, "height": 960,
                  "link": "https://s3.eu-central-1.wasabisys.com/in-files/jpeg-4ac2b0f5c3b9f1f0-a89c7e2e6b6a5f.jpeg",
                  "caption": "Foto barangnya"}""");
        assertThat(message(image).kind()).isEqualTo(MessageKind.IMAGE);
        assertThat(message(image).media().mimeType()).isEqualTo("image/jpeg");
        assertThat(message(image).media().caption()).isEqualTo("Foto barangnya");
        assertThat(image.mediaId()).isEqualTo("jpeg-4ac2b0f5c3b9f1f0-a89c7e2e6b6a5f");
        assertThat(image.mediaLink()).endsWith(".jpeg");

        for (String video : List.of("video", "short", "gif")) {
            Parsed parsed = one(video, "\"%s\": {\"id\": \"mp4-5d1d1f0c6b2a4-1c2b3a\", \"mime_type\": \"video/mp4\", \"file_size\": 3405, \"seconds\": 4}"
                    .formatted(video));
            assertThat(message(parsed).kind()).as(video).isEqualTo(MessageKind.VIDEO);
            assertThat(parsed.mediaId()).isEqualTo("mp4-5d1d1f0c6b2a4-1c2b3a");
        }

        InboundMessage document = message(one("document", """
                "document": {"id": "pdf-2b3c4d5e6f7a8b9c-0d1e2f", "mime_type": "application/pdf", "file_size": 52011,
                  "file_name": "invoice.pdf", "caption": "Tagihan", "page_count": 2}"""));
        assertThat(document.kind()).isEqualTo(MessageKind.DOCUMENT);
        assertThat(document.media().fileName()).isEqualTo("invoice.pdf");
        assertThat(document.media().caption()).isEqualTo("Tagihan");
    }

    @Test
    void audioVoiceNotesAndStickers() {
        InboundMessage audio = message(one("audio", """
                "audio": {"id": "mpeg-1a2b3c4d5e6f7a8b-9c0d1e", "mime_type": "audio/mpeg", "file_size": 48211, "seconds": 12}"""));
        assertThat(audio.kind()).isEqualTo(MessageKind.AUDIO);
        assertThat(audio.media().fileName()).isNull();

        InboundMessage voice = message(one("voice", """
                "voice": {"id": "oga-8f2b9c1d3e4a5b6c-7d8e9f", "mime_type": "audio/ogg; codecs=opus", "file_size": 5632,
                  "seconds": 3}"""));
        assertThat(voice.kind()).isEqualTo(MessageKind.AUDIO);
        assertThat(voice.media().fileName()).as("marked as a voice note").isEqualTo("voice-note.ogg");

        InboundMessage sticker = message(one("sticker", """
                "sticker": {"id": "webp-3c4d5e6f7a8b9c0d-1e2f3a", "mime_type": "image/webp", "file_size": 21011,
                  "animated": false}"""));
        assertThat(sticker.kind()).isEqualTo(MessageKind.STICKER);
    }

    @Test
    void locationsAndContacts() {
        InboundMessage location = message(one("location", """
                "location": {"latitude": -6.1754, "longitude": 106.8272, "address": "Jl. Medan Merdeka, Jakarta",
                  "name": "Monas", "url": "https://maps.google.com/?q=-6.1754,106.8272"}"""));
        assertThat(location.kind()).isEqualTo(MessageKind.LOCATION);
        assertThat(location.location().latitude()).isEqualTo(-6.1754);
        assertThat(location.location().name()).isEqualTo("Monas");

        InboundMessage live = message(one("live_location", """
                "live_location": {"latitude": -6.2, "longitude": 106.8, "accuracy": 10, "caption": "Otw"}"""));
        assertThat(live.kind()).isEqualTo(MessageKind.LOCATION);

        InboundMessage contact = message(one("contact", """
                "contact": {"name": "Victor Andreevich",
                  "vcard": "BEGIN:VCARD\\nVERSION:3.0\\nFN:Victor Andreevich\\nTEL;waid=79001234569:+7 900 123-45-69\\nEND:VCARD"}"""));
        assertThat(contact.kind()).isEqualTo(MessageKind.CONTACTS);
        assertThat(contact.text()).isEqualTo("Victor Andreevich");

        InboundMessage contacts = message(one("contact_list", """
                "contact_list": {"list": [{"name": "Ani", "vcard": "BEGIN:VCARD\\nFN:Ani\\nEND:VCARD"},
                  {"name": "Budi", "vcard": "BEGIN:VCARD\\nFN:Budi\\nEND:VCARD"}]}"""));
        assertThat(contacts.kind()).isEqualTo(MessageKind.CONTACTS);
        assertThat(contacts.text()).isEqualTo("Ani, Budi");
    }

    @Test
    void buttonAndListRepliesQuotesAndReactions() {
        InboundMessage button = message(one("reply", """
                "reply": {"type": "buttons_reply", "buttons_reply": {"id": "ButtonsV3:randomId1", "title": "Button1"}},
                "context": {"quoted_id": "yqKj.Z7XWg0g1lA-wD8Sij1GoQ", "quoted_author": "919984351847", "quoted_type": "hsm"}"""));
        assertThat(button.kind()).isEqualTo(MessageKind.INTERACTIVE);
        assertThat(button.text()).isEqualTo("Button1");
        assertThat(button.quotedProviderMessageId()).isEqualTo("yqKj.Z7XWg0g1lA-wD8Sij1GoQ");

        InboundMessage row = message(one("reply", """
                "reply": {"type": "list_reply", "list_reply": {"id": "ListV3:r2", "title": "Harga", "description": "Daftar harga"}}"""));
        assertThat(row.kind()).isEqualTo(MessageKind.INTERACTIVE);
        assertThat(row.text()).isEqualTo("Harga");

        InboundMessage quote = message(one("text", """
                "text": {"body": "yang ini kak"},
                "context": {"quoted_id": "PsqWn.abc", "quoted_author": "6281512345678", "quoted_type": "text",
                  "quoted_content": {"body": "Mau yang mana?"}, "forwarded": false}"""));
        assertThat(quote.quotedProviderMessageId()).isEqualTo("PsqWn.abc");

        InboundMessage reaction = message(one("action", """
                "action": {"target": "PsqWn.abc", "type": "reaction", "emoji": "👍"}"""));
        assertThat(reaction.kind()).isEqualTo(MessageKind.REACTION);
        assertThat(reaction.text()).isEqualTo("👍");
        assertThat(reaction.quotedProviderMessageId()).isEqualTo("PsqWn.abc");

        InboundMessage removed = message(one("action", """
                "action": {"target": "PsqWn.abc", "type": "reaction", "emoji": ""}"""));
        assertThat(removed.kind()).isEqualTo(MessageKind.REACTION);
        assertThat(removed.text()).as("a reaction taken back").isNull();
    }

    @Test
    void systemTemplatesAndInteractiveEchoes() {
        InboundMessage system = message(one("system", "\"system\": {\"body\": \"Messages are end-to-end encrypted\"}"));
        assertThat(system.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(system.text()).isEqualTo("Messages are end-to-end encrypted");

        InboundMessage template = message(one("hsm", """
                "hsm": {"header": {"type": "text", "text": "Promo"}, "body": "Diskon 20% hari ini", "footer": "Toko"}"""));
        assertThat(template.kind()).isEqualTo(MessageKind.TEMPLATE);
        assertThat(template.text()).isEqualTo("Diskon 20% hari ini");

        InboundMessage interactive = message(one("interactive", """
                "interactive": {"type": "button", "body": {"text": "Pilih satu"}, "action": {"buttons": []}}"""));
        assertThat(interactive.kind()).isEqualTo(MessageKind.INTERACTIVE);
        assertThat(interactive.text()).isEqualTo("Pilih satu");
    }

    @Test
    void typesSapaDoesNotShowAreStoredAsUnsupported() {
        for (String type : List.of("poll", "order", "product", "group_invite", "call_log", "something_new")) {
            InboundMessage message = message(one(type, "\"%s\": {\"title\": \"x\"}".formatted(type)));
            assertThat(message.kind()).as(type).isEqualTo(MessageKind.UNSUPPORTED);
            assertThat(message.text()).contains(type);
        }
    }

    @Test
    void theOwnersMessagesAreEchoesAndGroupsAreSkipped() {
        String body = """
                {"messages": [
                  {"id": "own-1", "from_me": true, "type": "voice", "chat_id": "6281234567890@s.whatsapp.net",
                   "timestamp": 1712995300, "source": "mobile", "voice": {"id": "oga-1a2b3c-4d5e", "mime_type": "audio/ogg"}},
                  {"id": "grp-1", "from_me": false, "type": "text", "chat_id": "120363025246125888@g.us",
                   "timestamp": 1712995301, "text": {"body": "Halo grup"}, "from": "6281298765432"}],
                 "event": {"type": "messages", "event": "post"}, "channel_id": "MANTIS-M72HC"}""";
        List<Parsed> events = WhapiWebhookParser.events(JSON.readTree(body), failures());

        assertThat(events).singleElement().satisfies(parsed -> {
            OwnMessage own = (OwnMessage) parsed.event();
            assertThat(own.kind()).isEqualTo(MessageKind.AUDIO);
            assertThat(own.to().phone()).isEqualTo(PhoneNumber.parse("+6281234567890"));
            assertThat(parsed.mediaId()).isEqualTo("oga-1a2b3c-4d5e");
        });
    }

    @Test
    void anItemWithAnObjectWhereATextBelongsIsSkippedAndCountedAndTheOthersRead() {
        String body = """
                {"messages": [
                  {"id": "p.GOOD-1", "from_me": false, "type": "text", "chat_id": "6281234567890@s.whatsapp.net",
                   "timestamp": 1712995300, "text": {"body": "Satu"}, "from": "6281234567890"},
                  {"id": {"x": 1}, "from_me": false, "type": "text", "chat_id": "6281234567890@s.whatsapp.net",
                   "timestamp": 1712995301, "text": {"body": "Rusak"}, "from": "6281234567890"},
                  {"id": "p.GOOD-2", "from_me": false, "type": "text", "chat_id": "6281234567890@s.whatsapp.net",
                   "timestamp": 1712995302, "text": {"body": "Dua"}, "from": "6281234567890"}],
                 "statuses": [{"id": {"x": 1}, "status": "read", "timestamp": "1712995303"},
                  {"id": "p.SENT-1", "status": "read", "timestamp": "1712995304"}],
                 "event": {"type": "messages", "event": "post"}, "channel_id": "MANTIS-M72HC"}""";
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        List<Parsed> events = WhapiWebhookParser.events(JSON.readTree(body), new ItemFailures(ProviderType.WHAPI, meters));

        assertThat(events).extracting(parsed -> parsed.event().providerMessageId())
                .containsExactly("p.GOOD-1", "p.GOOD-2", "p.SENT-1");
        assertThat(meters.get(ItemFailures.METRIC).tag("outcome", "unreadable").counter().count()).isEqualTo(2);
    }

    @Test
    void aNumberLibphonenumberDoesNotKnowIsKeptAsWhatsAppGaveItAsForMeta() {
        String body = """
                {"messages": [{"id": "new-range-1", "from_me": false, "type": "text", "chat_id": "6212345678901@s.whatsapp.net",
                  "timestamp": 1712995245, "text": {"body": "Halo"}, "from": "6212345678901", "from_name": "Budi",
                  "context": {"forwarded": true, "forwarding_score": 6}}]}""";

        InboundMessage message = (InboundMessage) WhapiWebhookParser.events(JSON.readTree(body), failures()).getFirst().event();

        assertThat(message.from().phone().e164()).isEqualTo("+6212345678901");
        assertThat(message.forwarded()).isTrue();
    }
}

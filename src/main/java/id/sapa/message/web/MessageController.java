package id.sapa.message.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.sapa.message.Message;
import id.sapa.message.MessageStatus;
import id.sapa.message.Messages;
import id.sapa.message.OutgoingMessage;
import id.sapa.message.OutgoingMessage.Upload;
import id.sapa.shared.Actor;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/messages")
@Tag(name = "Messages", description = "Send messages to customers, retry failures, mark messages read")
class MessageController {

    private final Messages messages;
    private final SendRequests requests;

    MessageController(Messages messages, SendRequests requests) {
        this.messages = messages;
        this.requests = requests;
    }

    @PostMapping(path = "/send", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message to the conversation's customer",
            description = "Stored as pending and sent by a durable job; the answer does not wait for WhatsApp. "
                    + "When WhatsApp is not connected the message is kept as failed with the reason and can be retried.")
    SendResponse send(@AuthenticationPrincipal Actor actor, @Valid @RequestBody SendRequest request) {
        return SendResponse.of(messages.send(actor, requests.toOutgoing(request, null)));
    }

    @PostMapping(path = "/send", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send an uploaded image, video, audio or document (multipart: file + fields)")
    SendResponse sendUpload(@AuthenticationPrincipal Actor actor, @Valid SendRequest request,
            @RequestPart("file") MultipartFile file) {
        return SendResponse.of(messages.send(actor, requests.toOutgoing(request, upload(file))));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a failed message again")
    SendResponse retry(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return SendResponse.of(messages.retry(actor, new MessageId(id)));
    }

    @PatchMapping("/{id}/mark-read")
    @Operation(summary = "Mark customer messages of the message's conversation as read",
            description = "Resets the unread count and sends the customer a read receipt.")
    MarkReadResponse markRead(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody(required = false) MarkReadRequest request) {
        MessageId anchor = new MessageId(id);
        ConversationId conversation = messages.conversationOf(actor.tenantId(), anchor);
        List<MessageId> ids = request == null || request.messageIds() == null || request.messageIds().isEmpty()
                ? List.of(anchor)
                : request.messageIds().stream().map(MessageId::new).toList();
        return new MarkReadResponse(true, messages.markRead(actor, conversation, ids));
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getBytes(), file.getContentType(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record MarkReadRequest(@NotEmpty @Size(max = 500, message = "{sapa.Size.items}") List<@NotNull UUID> messageIds) {
    }

    record MarkReadResponse(boolean success, int markedCount) {
    }

    record SendResponse(boolean success, SentMessage message) {
        static SendResponse of(Message message) {
            return new SendResponse(message.status() != MessageStatus.FAILED, new SentMessage(message.id().toString(),
                    message.waMessageId(), message.status(), message.sentAt(), message.errorMessage()));
        }
    }

    record SentMessage(String id, String waMessageId, MessageStatus status, Instant sentAt, String errorMessage) {
    }
}

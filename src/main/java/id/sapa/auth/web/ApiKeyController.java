package id.sapa.auth.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.auth.ApiKey;
import id.sapa.auth.ApiKeyScope;
import id.sapa.auth.ApiKeys;
import id.sapa.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/api-keys")
@Tag(name = "API keys", description = "Keys a billing or point-of-sale system calls the API with")
@PreAuthorize("hasAuthority('MANAGE_TENANT')")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API key; the key itself is in this answer only",
            description = "Scopes: notifications:send, notifications:read, contacts:read, contacts:write. "
                    + "403 for a scope the caller's own role does not allow.")
    CreatedKey create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody CreateKeyRequest request) {
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        for (String code : request.scopes()) {
            scopes.add(ApiKeyScope.parse(code));
        }
        ApiKeys.Issued issued = keys.create(actor, request.name().strip(), scopes);
        return new CreatedKey(KeyView.of(issued.key()), issued.secret());
    }

    @GetMapping
    @Operation(summary = "The business's API keys, newest first (never their secrets)")
    List<KeyView> list(@AuthenticationPrincipal Actor actor) {
        return keys.list(actor).stream().map(KeyView::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key: calls with it are refused (401) from now on")
    void revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        keys.revoke(actor, id);
    }

    record CreateKeyRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Kasir toko") String name,
            @NotEmpty @Size(max = 10, message = "{sapa.Size.items}") @Schema(example = "[\"notifications:send\", \"notifications:read\"]") List<String> scopes) {
    }

    record KeyView(UUID id, String name, String prefix, List<String> scopes, String issuedBy, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt, boolean revoked) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.name(), "sapa_" + key.prefix(),
                    key.scopes().stream().map(ApiKeyScope::code).sorted().toList(), key.issuedBy().toString(),
                    key.createdAt(), key.lastUsedAt(), key.revokedAt(), key.revoked());
        }
    }

    /** The new key's listing and, this once, the key to paste into the billing system. */
    record CreatedKey(@Schema(implementation = KeyView.class) KeyView apiKey, String key) {

        @Override
        public String toString() {
            return "CreatedKey[" + apiKey.prefix() + "]";
        }
    }
}

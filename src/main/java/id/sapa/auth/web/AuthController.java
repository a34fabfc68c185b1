package id.sapa.auth.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.auth.Accounts;
import id.sapa.auth.Accounts.Profile;
import id.sapa.auth.Accounts.Registration;
import id.sapa.auth.Accounts.Session;
import id.sapa.auth.Passwords;
import id.sapa.operator.Operator;
import id.sapa.shared.Actor;
import id.sapa.shared.Role;
import id.sapa.tenant.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Auth", description = "Sign-up and sign-in")
class AuthController {

    private final Accounts accounts;
    private final Passwords passwords;

    AuthController(Accounts accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Register a business and its owner", description = "403 when sign-up is turned off (SAPA_SIGNUP_ENABLED=false); 409 when the e-mail is taken.")
    AuthResponse register(@Valid @RequestBody RegisterRequest request) {
        return AuthResponse.of(accounts.register(
                new Registration(request.businessName().strip(), request.name().strip(), request.email(), request.password())));
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in", description = "401 for a wrong e-mail or password (same answer for both); 429 with Retry-After after repeated failures.")
    AuthResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return AuthResponse.of(accounts.login(request.email(), request.password(), http.getRemoteAddr()));
    }

    @PostMapping("/accept-invite")
    @SecurityRequirements
    @Operation(summary = "Accept an invitation: choose a password and sign in",
            description = "400 for an unknown token; 410 for one already used, replaced by a newer invitation, or expired.")
    AuthResponse acceptInvite(@Valid @RequestBody AcceptInviteRequest request) {
        return AuthResponse.of(accounts.acceptInvitation(request.token(), request.password()));
    }

    @PostMapping("/reset-password")
    @SecurityRequirements
    @Operation(summary = "Choose a new password through a reset link an owner or admin issued, and sign in",
            description = "Every earlier session of the member ends. 400 for an unknown token; 410 for one used, "
                    + "replaced by a newer link, or expired.")
    AuthResponse resetPassword(@Valid @RequestBody AcceptInviteRequest request) {
        return AuthResponse.of(passwords.reset(request.token(), request.password()));
    }

    @PostMapping("/change-password")
    @Operation(summary = "Change one's own password",
            description = "Needs the current password (400 naming currentPassword when wrong; 429 after repeated "
                    + "failures). Every other session ends; the answer is a new session for this device.")
    AuthResponse changePassword(@AuthenticationPrincipal Actor actor, @Valid @RequestBody ChangePasswordRequest request,
            HttpServletRequest http) {
        return AuthResponse.of(passwords.change(actor, request.currentPassword(), request.newPassword(), http.getRemoteAddr()));
    }

    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out on every device",
            description = "Every access token of the caller issued until now stops working, this one too.")
    void logoutAll(@AuthenticationPrincipal Actor actor) {
        passwords.signOutEverywhere(actor);
    }

    @PatchMapping("/me")
    @Operation(summary = "Change one's own name (every member, a viewer too)")
    MeResponse rename(@AuthenticationPrincipal Actor actor, @RequestBody RenameRequest request) {
        accounts.renameSelf(actor, request.name());
        return me(actor);
    }

    record RenameRequest(@Schema(example = "Siti Rahma") String name) {
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user and their business")
    MeResponse me(@AuthenticationPrincipal Actor actor) {
        Profile profile = accounts.me(actor);
        return new MeResponse(UserView.of(profile.user()), TenantView.of(profile.tenant()));
    }

    record RegisterRequest(
            @NotBlank @Size(max = 120) @Schema(example = "Toko Sinar Jaya") String businessName,
            @NotBlank @Size(max = 100) @Schema(example = "Siti Rahma") String name,
            @NotBlank @Email @Size(max = 254) @Schema(example = "siti@sinarjaya.id") String email,
            @NotBlank @Size(min = 8, max = 128) @Schema(example = "rahasia-sekali") String password) {

        @Override
        public String toString() {
            return "RegisterRequest[" + businessName + ", " + email + "]";
        }
    }

    record LoginRequest(
            @NotBlank @Size(max = 254) @Schema(example = "siti@sinarjaya.id") String email,
            @NotBlank @Size(max = 128) @Schema(example = "rahasia-sekali") String password) {

        @Override
        public String toString() {
            return "LoginRequest[" + email + "]";
        }
    }

    record AcceptInviteRequest(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(min = 8, max = 128) @Schema(example = "rahasia-sekali") String password) {

        @Override
        public String toString() {
            return "AcceptInviteRequest[]";
        }
    }

    record ChangePasswordRequest(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 8, max = 128) @Schema(example = "rahasia-baru-sekali") String newPassword) {

        @Override
        public String toString() {
            return "ChangePasswordRequest[]";
        }
    }

    /**
     * @param permissions what the user may do, the role's permissions with their own flags applied
     *                    ({@code work_chats}, {@code assign_chats}, {@code manage_tenant} …): what the web app
     *                    shows and hides by; the server checks every request anyway
     */
    record UserView(String id, String name, String email, Role role, List<String> permissions) {
        static UserView of(Operator user) {
            return new UserView(user.id().toString(), user.name(), user.email(), user.role(),
                    user.effectivePermissions().stream().sorted().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    record TenantView(String id, String name) {
        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.id().toString(), tenant.name());
        }
    }

    record AuthResponse(String accessToken, String tokenType, long expiresIn, UserView user, TenantView tenant) {
        static AuthResponse of(Session session) {
            return new AuthResponse(session.accessToken(), "Bearer", session.expiresIn(), UserView.of(session.user()),
                    TenantView.of(session.tenant()));
        }
    }

    record MeResponse(UserView user, TenantView tenant) {
    }
}

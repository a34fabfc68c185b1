package id.sapa.operator.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import id.sapa.operator.Invitation;
import id.sapa.operator.Invitations;
import id.sapa.operator.Operator;
import id.sapa.operator.OperatorStatus;
import id.sapa.operator.Operators;
import id.sapa.operator.PasswordResets;
import id.sapa.operator.PasswordResets.ResetLink;
import id.sapa.operator.TeamMember;
import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.Role;
import id.sapa.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/cs-operators")
@Tag(name = "CS operators", description = "The users of the caller's tenant")
class OperatorController {

    private final Operators operators;
    private final Invitations invitations;
    private final PasswordResets resets;

    OperatorController(Operators operators, Invitations invitations, PasswordResets resets) {
        this.operators = operators;
        this.invitations = invitations;
        this.resets = resets;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "Invite a team member (owner, admin)",
            description = "The member cannot sign in until they open inviteLink and choose a password "
                    + "(POST /api/auth/accept-invite). The link works once and expires. Without a role the member is "
                    + "an operator; nobody invites a role above their own (only an owner invites an owner, by naming "
                    + "role owner) nor grants a permission they lack: 403. 409 when the e-mail is taken.")
    Invited invite(@AuthenticationPrincipal Actor actor, @Valid @RequestBody InviteRequest request) {
        Invitation invitation = invitations.invite(actor, request.toMember());
        return new Invited(true, OperatorResponse.of(invitation.operator()), invitation.inviteLink(),
                invitation.expiresAt());
    }

    @PostMapping("/{id}/invite")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "A new invitation link for a member who has not accepted yet (earlier links stop working)")
    Invited reinvite(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Invitation invitation = invitations.reinvite(actor, new UserId(id));
        return new Invited(true, OperatorResponse.of(invitation.operator()), invitation.inviteLink(),
                invitation.expiresAt());
    }

    @PostMapping("/{id}/password-reset")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "A password reset link for a member who forgot theirs (owner, admin)",
            description = "No e-mail is sent: hand the link to the member. It works once, for 24 hours; earlier links "
                    + "stop working. Choosing the password (POST /api/auth/reset-password) signs the member out "
                    + "everywhere. The same rules as managing the member (only an owner resets an owner's); 409 for a "
                    + "member who has not accepted the invitation.")
    ResetIssued passwordReset(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        ResetLink reset = resets.issue(actor, new UserId(id));
        return new ResetIssued(true, reset.link(), reset.expiresAt());
    }

    @GetMapping
    @Operation(summary = "List the tenant's users with their presence, workload and statistics")
    OperatorList list(@AuthenticationPrincipal Actor actor) {
        return new OperatorList(operators.list(actor.tenantId()).stream().map(OperatorResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user of the tenant")
    OperatorResponse get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return OperatorResponse.of(operators.get(actor.tenantId(), new UserId(id)));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "Change a member's name, role, capacity, working hours or permission flags (owner, admin)",
            description = "Only an owner changes owners or makes someone an owner; nobody gives a role above their "
                    + "own nor a permission they lack (403); 409 when it would leave the business without an owner.")
    Saved update(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
        return new Saved(true, OperatorResponse.of(operators.update(actor, new UserId(id), request.toMember())));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (owner, admin); their conversations become unassigned",
            description = "409 for the business's last owner.")
    void remove(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        operators.remove(actor, new UserId(id));
    }

    @PatchMapping("/{id}/status")
    @Operation(summary = "Set a user's presence (their own, or anyone's for owner and admin)")
    StatusChanged changeStatus(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody StatusRequest request) {
        UserId target = new UserId(id);
        // Look the user up first: another tenant's id must answer 404, not 403.
        operators.get(actor.tenantId(), target);
        if (!target.equals(actor.userId()) && !actor.can(Permission.MANAGE_USERS)) {
            throw ProblemException.forbidden(new Text("Hanya pemilik dan admin yang dapat mengubah status pengguna lain",
                    "Only owners and admins may change another user's status"));
        }
        Operator changed = operators.changeStatus(actor.tenantId(), target, request.status());
        return new StatusChanged(true, changed.status());
    }

    record InviteRequest(
            @NotNull @Size(min = 1, max = 100) @Schema(example = "Dewi Lestari") String name,
            @NotNull @Email @Size(max = 254) @Schema(example = "dewi@sinarjaya.id") String email,
            @Schema(example = "operator", defaultValue = "operator",
                    allowableValues = {"owner", "admin", "supervisor", "operator", "viewer"})
            Role role,
            @Schema(example = "10") Integer maxConcurrentChats,
            @Schema(example = "{\"monday\": {\"start\": \"09:00\", \"end\": \"17:00\"}}") Map<String, Object> workingHours,
            @Schema(example = "{\"can_assign_chats\": true}") Map<String, Boolean> permissions) {

        TeamMember toMember() {
            return new TeamMember(name, email, role, maxConcurrentChats, workingHours, permissions);
        }
    }

    record UpdateRequest(
            @Size(min = 1, max = 100) String name,
            @Schema(allowableValues = {"owner", "admin", "supervisor", "operator", "viewer"}) Role role,
            Integer maxConcurrentChats,
            Map<String, Object> workingHours,
            @Schema(example = "{\"can_export\": false}") Map<String, Boolean> permissions) {

        TeamMember toMember() {
            return new TeamMember(name, null, role, maxConcurrentChats, workingHours, permissions);
        }
    }

    record Invited(boolean success, OperatorResponse operator, String inviteLink, Instant inviteExpiresAt) {
        @Override
        public String toString() {
            return "Invited[" + operator.id() + "]";
        }
    }

    record Saved(boolean success, OperatorResponse operator) {
    }

    record ResetIssued(boolean success, String resetLink, Instant expiresAt) {
        @Override
        public String toString() {
            return "ResetIssued[until " + expiresAt + "]";
        }
    }

    record StatusRequest(@NotNull OperatorStatus status) {
    }

    record StatusChanged(boolean success, OperatorStatus status) {
    }

    record OperatorList(List<OperatorResponse> operators) {
    }

    /**
     * Seed 002's operator, plus what the team screens need.
     *
     * @param averageResponseTime seconds from a customer's message to this member's next reply
     *                            (within their working hours where set)
     * @param firstResponseTime   the same, for the first reply after a conversation opened or re-opened
     * @param permissions         the flags set on this member (on top of the role's defaults)
     * @param activated           whether the member has accepted the invitation
     */
    record OperatorResponse(String id, String name, String email, String avatarUrl, Role role, OperatorStatus status,
            int currentChatCount, int maxConcurrentChats, int totalChatsHandled, int totalMessagesSent,
            @JsonInclude(Include.ALWAYS) Integer averageResponseTime,
            @JsonInclude(Include.ALWAYS) Integer firstResponseTime, BigDecimal customerSatisfactionScore,
            @JsonInclude(Include.ALWAYS) Instant lastSeenAt, boolean activated,
            Map<String, Boolean> permissions, List<Permission> effectivePermissions, Map<String, Object> workingHours,
            Instant createdAt) {

        static OperatorResponse of(Operator operator) {
            return new OperatorResponse(operator.id().toString(), operator.name(), operator.email(), operator.avatarUrl(),
                    operator.role(), operator.status(), operator.currentChatCount(), operator.maxConcurrentChats(),
                    operator.totalChatsHandled(), operator.totalMessagesSent(), operator.averageResponseTimeSeconds(),
                    operator.firstResponseTimeSeconds(),
                    operator.customerSatisfactionScore(), operator.lastSeenAt(), operator.activated(),
                    operator.permissions(), operator.effectivePermissions().stream().sorted().toList(),
                    operator.workingHours(), operator.createdAt());
        }
    }
}

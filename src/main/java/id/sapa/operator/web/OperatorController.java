package id.sapa.operator.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.operator.Operator;
import id.sapa.operator.OperatorStatus;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Role;
import id.sapa.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/cs-operators")
@Tag(name = "CS operators", description = "The users of the caller's tenant")
class OperatorController {

    private final Operators operators;

    OperatorController(Operators operators) {
        this.operators = operators;
    }

    @GetMapping
    @Operation(summary = "List the tenant's users")
    OperatorList list(@AuthenticationPrincipal Actor actor) {
        return new OperatorList(operators.list(actor.tenantId()).stream().map(OperatorResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user of the tenant")
    OperatorResponse get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return OperatorResponse.of(operators.get(actor.tenantId(), new UserId(id)));
    }

    @PatchMapping("/{id}/status")
    @Operation(summary = "Set a user's presence (their own, or anyone's for owner and admin)")
    StatusChanged changeStatus(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @RequestBody StatusRequest request) {
        UserId target = new UserId(id);
        // Look the user up first: another tenant's id must answer 404, not 403.
        operators.get(actor.tenantId(), target);
        if (!target.equals(actor.userId()) && !actor.can(Permission.MANAGE_USERS)) {
            throw ProblemException.forbidden("Only owners and admins may change another user's status");
        }
        Operator changed = operators.changeStatus(actor.tenantId(), target, request.status());
        return new StatusChanged(true, changed.status());
    }

    record StatusRequest(@NotNull OperatorStatus status) {
    }

    record StatusChanged(boolean success, OperatorStatus status) {
    }

    record OperatorList(List<OperatorResponse> operators) {
    }

    record OperatorResponse(String id, String name, String email, String avatarUrl, Role role, OperatorStatus status,
            int currentChatCount, int maxConcurrentChats, int totalChatsHandled, int totalMessagesSent,
            Integer averageResponseTime, BigDecimal customerSatisfactionScore, Instant lastSeenAt, boolean activated) {

        static OperatorResponse of(Operator operator) {
            return new OperatorResponse(operator.id().toString(), operator.name(), operator.email(), operator.avatarUrl(),
                    operator.role(), operator.status(), operator.currentChatCount(), operator.maxConcurrentChats(),
                    operator.totalChatsHandled(), operator.totalMessagesSent(), operator.averageResponseTimeSeconds(),
                    operator.customerSatisfactionScore(), operator.lastSeenAt(), operator.activated());
        }
    }
}

package id.sapa.conversation;

import org.springframework.stereotype.Component;

import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.UserId;

/**
 * Who may hand a conversation to whom. Supervisors run the team's work and assign anyone; an
 * operator may take a conversation themselves and give back one that is theirs, so nobody waits
 * for a supervisor to start answering.
 */
@Component
class AssignmentPolicy {

    private final Operators operators;

    AssignmentPolicy(Operators operators) {
        this.operators = operators;
    }

    /**
     * @param field the request field that named the new assignee, for the error
     * @throws ProblemException 403 when the actor may not make this change; 404 when the new
     *                          assignee is not a user of the tenant; 400 when they cannot answer chats
     */
    void check(Actor actor, UserId current, UserId next, String field) {
        if (!actor.can(Permission.ASSIGN_CHATS)) {
            boolean takesIt = actor.userId().equals(next);
            boolean givesBackOwn = next == null && actor.userId().equals(current);
            if (!takesIt && !givesBackOwn) {
                throw ProblemException.forbidden(next == null
                        ? new Text("Hanya supervisor yang dapat melepas penugasan percakapan yang bukan milik Anda",
                                "Only supervisors may unassign a conversation that is not yours")
                        : new Text("Hanya supervisor (atau pengguna yang boleh membagi chat) yang dapat menugaskan percakapan ke orang lain",
                                "Only supervisors (or users allowed to assign chats) may assign conversations to someone else"));
            }
        }
        checkAssignee(actor.tenantId(), next, field);
    }

    /** @throws ProblemException 404 when the assignee is not a user of the tenant; 400 when they cannot answer chats */
    void checkAssignee(TenantId tenantId, UserId next, String field) {
        if (next != null) {
            Operator assignee = operators.find(tenantId, next)
                    .orElseThrow(() -> ProblemException.notFound(Operators.USER, next).with("field", field));
            if (!assignee.role().can(Permission.WORK_CHATS)) {
                throw ProblemException.invalidField(field, new Text(assignee.name() + " punya peran hanya-baca dan tidak dapat membalas chat",
                        assignee.name() + " has a read-only role and cannot answer chats"));
            }
        }
    }
}

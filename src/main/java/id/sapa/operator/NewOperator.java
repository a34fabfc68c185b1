package id.sapa.operator;

import id.sapa.shared.Role;

/**
 * What it takes to add a user to a tenant.
 *
 * @param passwordHash the already-hashed password, or {@code null} for an invited user who will
 *                     choose one later
 */
public record NewOperator(String name, String email, Role role, String passwordHash) {
}

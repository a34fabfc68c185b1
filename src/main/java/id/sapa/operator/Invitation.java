package id.sapa.operator;

/** A new user and the one-time link that lets them choose a password. */
public record Invitation(Operator operator, String inviteLink, java.time.Instant expiresAt) {

    @Override
    public String toString() {
        return "Invitation[" + operator.id() + ", expires " + expiresAt + "]";
    }
}

package id.sapa.shared;

import java.util.Objects;

/**
 * A WhatsApp customer as a provider names them: by phone number, by business-scoped user id
 * (BSUID: Meta's {@code user_id}, e.g. {@code ID.1502576394655843}), or both. Since 2026 a
 * customer who adopted a WhatsApp username may arrive with a BSUID and no phone number; the BSUID
 * is then the only way to find and answer them.
 *
 * @param phone        the number, or null when WhatsApp withholds it
 * @param userId       the BSUID, or null when the provider does not give one
 * @param parentUserId the parent BSUID Meta gives businesses with linked portfolios, or null
 * @param username     the customer's WhatsApp username, for display: it can change and be taken by
 *                     someone else later, so it never identifies anyone
 */
public record WhatsAppUser(PhoneNumber phone, String userId, String parentUserId, String username) {

    /** Meta's limit: a two-letter country code, a period and up to 128 letters and digits (plus "ENT." for parents). */
    public static final int MAX_USER_ID_LENGTH = 140;
    public static final int MAX_USERNAME_LENGTH = 100;

    public WhatsAppUser {
        userId = blankToNull(userId);
        parentUserId = blankToNull(parentUserId);
        username = blankToNull(username);
        if (phone == null && userId == null) {
            throw new IllegalArgumentException("a WhatsApp user needs a phone number or a user id");
        }
        if (userId != null && userId.length() > MAX_USER_ID_LENGTH) {
            throw new IllegalArgumentException("user id longer than " + MAX_USER_ID_LENGTH + " characters");
        }
        if (parentUserId != null && parentUserId.length() > MAX_USER_ID_LENGTH) {
            parentUserId = null;
        }
        if (username != null && username.length() > MAX_USERNAME_LENGTH) {
            username = username.substring(0, MAX_USERNAME_LENGTH);
        }
    }

    public static WhatsAppUser of(PhoneNumber phone) {
        return new WhatsAppUser(Objects.requireNonNull(phone, "phone"), null, null, null);
    }

    public static WhatsAppUser ofUserId(String userId) {
        return new WhatsAppUser(null, userId, null, null);
    }

    /** The number in E.164, or null when WhatsApp withholds it. */
    public String e164() {
        return phone == null ? null : phone.e164();
    }

    /** Whether this names the customer by more than one identifier, so it may link two known contacts. */
    public boolean linksIdentifiers() {
        return phone != null && (userId != null || parentUserId != null);
    }

    /** What to show for the customer when no name is known: the number, else the username, else the user id. */
    public String displayHandle() {
        if (phone != null) {
            return phone.e164();
        }
        return username != null ? "@" + username : userId;
    }

    /** The one string a send is addressed to and paced by: the number when known, else the user id. */
    public String address() {
        return phone != null ? phone.e164() : userId;
    }

    /** The identifiers of {@code later} where it has them, else these: what a newer webhook says wins. */
    public WhatsAppUser updatedBy(WhatsAppUser later) {
        return new WhatsAppUser(later.phone != null ? later.phone : phone, later.userId != null ? later.userId : userId,
                later.parentUserId != null ? later.parentUserId : parentUserId,
                later.username != null ? later.username : username);
    }

    @Override
    public String toString() {
        return address();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

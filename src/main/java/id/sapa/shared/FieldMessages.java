package id.sapa.shared;

/**
 * The field messages many checks share, worded once in both languages so every form says them
 * alike.
 */
public final class FieldMessages {

    public static final Text REQUIRED = new Text("wajib diisi", "is required");
    public static final Text NOT_EMPTY = new Text("tidak boleh kosong", "must not be empty");

    private FieldMessages() {
    }

    /** {@code must be at most 100 characters}. */
    public static Text atMostCharacters(int max) {
        return new Text("paling banyak " + max + " karakter", "must be at most " + max + " characters");
    }

    /** {@code must be 1 to 100 characters}. */
    public static Text charactersFromOneTo(int max) {
        return new Text("harus 1 sampai " + max + " karakter", "must be 1 to " + max + " characters");
    }

    /** {@code must be between 1 and 10}. */
    public static Text between(long min, long max) {
        return new Text("harus antara " + min + " dan " + max, "must be between " + min + " and " + max);
    }
}

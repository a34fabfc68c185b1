package id.sapa.shared.web;

import id.sapa.shared.Text;

/**
 * U+0000, which JSON and percent-encoding can carry but PostgreSQL text cannot store: refused
 * wherever a request brings it, in the same words.
 */
final class NulCharacter {

    static final Text MESSAGE = new Text("tidak boleh berisi karakter NUL (U+0000)", "must not contain the NUL character (U+0000)");

    private NulCharacter() {
    }

    static boolean in(char[] text, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (text[i] == '\0') {
                return true;
            }
        }
        return false;
    }

    static boolean in(String text) {
        return text.indexOf('\0') >= 0;
    }
}

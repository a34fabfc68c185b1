package id.sapa.contact;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import id.sapa.shared.Codes;

/**
 * Which contacts to list, in which order, and which page of them.
 *
 * @param search  a part of the name, e-mail or phone number (any spelling of it); {@code null} for all
 * @param tags    tags the contacts must all carry
 * @param segment the segment, or {@code null} for any
 * @param blocked only blocked ({@code true}) or only not blocked ({@code false}) contacts, or {@code null}
 *                for both
 * @param sortBy  {@code null} for the most recently contacted first
 * @param order   {@code null} for the natural order of {@code sortBy}: names A to Z, times newest first
 * @param page    from 1
 * @param limit   contacts per page, 1 to {@value #MAX_LIMIT}
 */
public record ContactQuery(String search, List<String> tags, Segment segment, Boolean blocked, SortBy sortBy,
        SortOrder order, int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ContactQuery {
        if (page < 1 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page " + page + " or limit " + limit + " out of range");
        }
        search = search == null || search.isBlank() ? null : search.strip();
        tags = tags == null ? List.of()
                : tags.stream().filter(tag -> tag != null && !tag.isBlank()).map(Tags::normal).distinct().toList();
        sortBy = sortBy == null ? SortBy.LAST_CONTACT : sortBy;
        order = order == null ? sortBy.naturalOrder : order;
    }

    /** How many contacts the earlier pages hold. */
    long offset() {
        return (long) (page - 1) * limit;
    }

    public enum SortBy {
        LAST_CONTACT(SortOrder.DESC), NAME(SortOrder.ASC), CREATED_AT(SortOrder.DESC);

        private final SortOrder naturalOrder;

        SortBy(SortOrder naturalOrder) {
            this.naturalOrder = naturalOrder;
        }

        @JsonValue
        public String code() {
            return Codes.code(this);
        }
    }

    public enum SortOrder {
        ASC, DESC;

        @JsonValue
        public String code() {
            return Codes.code(this);
        }
    }
}

package id.sapa.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sapa.contact.ContactQuery.SortBy;
import id.sapa.contact.ContactQuery.SortOrder;

class ContactQueryTest {

    @Test
    void theDefaultListIsTheMostRecentlyContactedFirst() {
        ContactQuery query = new ContactQuery(null, null, null, null, null, null, 1, 20);

        assertThat(query.sortBy()).isEqualTo(SortBy.LAST_CONTACT);
        assertThat(query.order()).isEqualTo(SortOrder.DESC);
        assertThat(query.tags()).isEmpty();
    }

    @Test
    void namesSortFromAToZUnlessToldOtherwise() {
        assertThat(new ContactQuery(null, null, null, null, SortBy.NAME, null, 1, 20).order()).isEqualTo(SortOrder.ASC);
        assertThat(new ContactQuery(null, null, null, null, SortBy.NAME, SortOrder.DESC, 1, 20).order())
                .isEqualTo(SortOrder.DESC);
        assertThat(new ContactQuery(null, null, null, null, SortBy.CREATED_AT, null, 1, 20).order())
                .isEqualTo(SortOrder.DESC);
    }

    @Test
    void aBlankSearchIsNoSearchAndFilterTagsTakeTheirOneSpelling() {
        ContactQuery query = new ContactQuery("  ", Arrays.asList(" VIP", "vip", "", null), null, null, null, null, 1, 20);

        assertThat(query.search()).isNull();
        assertThat(query.tags()).containsExactly("vip");
    }

    @Test
    void pagesStartAtOneAndHoldUpToAHundred() {
        assertThat(new ContactQuery(null, List.of(), null, null, null, null, 3, 100).offset()).isEqualTo(200);
        assertThatThrownBy(() -> new ContactQuery(null, null, null, null, null, null, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactQuery(null, null, null, null, null, null, 1, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOffsetOfAFarPageDoesNotOverflow() {
        assertThat(new ContactQuery(null, null, null, null, null, null, Integer.MAX_VALUE, 100).offset())
                .isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @Test
    void aPageCountsWholeAndPartPages() {
        assertThat(new ContactPage(List.of(), 0, 1, 20).totalPages()).isZero();
        assertThat(new ContactPage(List.of(), 20, 1, 20).totalPages()).isEqualTo(1);
        assertThat(new ContactPage(List.of(), 21, 1, 20).totalPages()).isEqualTo(2);
    }
}

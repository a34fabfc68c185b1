package id.sapa.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;

class TagsTest {

    @Test
    void tagsAreTrimmedLowerCasedAndWithoutRepeatsInTheirFirstOrder() {
        assertThat(Tags.normalise(List.of(" VIP", "Jakarta ", "vip", "JAKARTA", "reseller")))
                .containsExactly("vip", "jakarta", "reseller");
    }

    @Test
    void thirtyTagsOfFiftyCharactersAreTheLimit() {
        List<String> thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("%050d", i)).toList();

        assertThat(Tags.normalise(thirty)).hasSize(30);
        assertRefused(IntStream.rangeClosed(1, 31).mapToObj(i -> "tag" + i).toList(), "at most 30 tags");
        assertRefused(List.of("x".repeat(51)), "at most 50 characters");
    }

    @Test
    void repeatsCountOnceTowardsTheLimit() {
        List<String> repeated = IntStream.rangeClosed(1, 40).mapToObj(i -> i % 2 == 0 ? "VIP" : "vip").toList();

        assertThat(Tags.normalise(repeated)).containsExactly("vip");
    }

    @Test
    void blankTagsAreRefused() {
        assertRefused(List.of("vip", "  "), "blank");
        assertRefused(Arrays.asList("vip", null), "blank");
    }

    @Test
    void addKeepsTheOldTagsFirstRemoveKeepsTheRestAndReplaceTakesTheNew() {
        List<String> current = List.of("vip", "jakarta");

        assertThat(TagMode.ADD.apply(current, List.of("reseller", "vip"))).containsExactly("vip", "jakarta", "reseller");
        assertThat(TagMode.REMOVE.apply(current, List.of("vip", "unknown"))).containsExactly("jakarta");
        assertThat(TagMode.REPLACE.apply(current, List.of("bandung"))).containsExactly("bandung");
    }

    private static void assertRefused(List<String> tags, String reason) {
        assertThatThrownBy(() -> Tags.normalise(tags))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.properties().get("errors"))
                        .asInstanceOf(InstanceOfAssertFactories.list(FieldError.class))
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("tags");
                            assertThat(error.message().english()).contains(reason);
                        }));
    }
}

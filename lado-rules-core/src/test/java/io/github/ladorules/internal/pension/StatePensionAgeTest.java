package io.github.ladorules.internal.pension;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.internal.pension.StatePensionAge.Sex;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The legislated table against published examples, and the properties every legislated table has. */
class StatePensionAgeTest {

    @ParameterizedTest(name = "born {0}, {1}: {2} ({3})")
    @CsvFileSource(resources = "state-pension-age-published-examples.csv", delimiter = '|')
    void matches_the_published_examples(LocalDate born, Sex sex, LocalDate reached, String source) {
        assertThat(StatePensionAge.reachedOn(born, sex)).as(source).isEqualTo(reached);
    }

    @Test
    void when_sex_is_not_known_an_adult_born_before_6_december_1953_gets_the_later_mens_date() {
        LocalDate born = LocalDate.of(1950, 4, 6);

        assertThat(StatePensionAge.reachedOn(born, Sex.WOMAN)).isEqualTo(LocalDate.of(2010, 5, 6));
        assertThat(StatePensionAge.reachedOn(born)).isEqualTo(LocalDate.of(2015, 4, 6));
    }

    @Test
    void a_woman_never_reached_it_after_a_man_born_the_same_day_so_the_later_date_is_always_mens() {
        for (LocalDate born = LocalDate.of(1930, 1, 1); born.isBefore(StatePensionAge.SAME_FOR_EVERYONE_FROM);
             born = born.plusDays(1)) {
            assertThat(StatePensionAge.reachedOn(born, Sex.WOMAN)).as("born %s", born)
                    .isBeforeOrEqualTo(StatePensionAge.reachedOn(born, Sex.MAN));
            assertThat(StatePensionAge.reachedOn(born)).isEqualTo(StatePensionAge.reachedOn(born, Sex.MAN));
        }
    }

    @Test
    void from_6_december_1953_men_and_women_reach_it_on_the_same_day() {
        for (LocalDate born = StatePensionAge.SAME_FOR_EVERYONE_FROM; born.isBefore(LocalDate.of(1990, 1, 1));
             born = born.plusDays(1)) {
            assertThat(StatePensionAge.reachedOn(born, Sex.WOMAN)).as("born %s", born)
                    .isEqualTo(StatePensionAge.reachedOn(born, Sex.MAN));
        }
    }

    /** A mistyped year or month in the table would break one of these for some date of birth. */
    @Test
    void a_later_birth_never_reaches_it_earlier_and_the_age_stays_between_60_and_68() {
        for (Sex sex : Sex.values()) {
            LocalDate previous = null;
            for (LocalDate born = LocalDate.of(1930, 1, 1); born.isBefore(LocalDate.of(1990, 1, 1));
                 born = born.plusDays(1)) {
                LocalDate reached = StatePensionAge.reachedOn(born, sex);
                if (previous != null) {
                    assertThat(reached).as("%s born %s", sex, born).isAfterOrEqualTo(previous);
                }
                Period age = Period.between(born, reached);
                assertThat(age.getYears()).as("%s born %s reaches it at %s", sex, born, age).isBetween(60, 68);
                previous = reached;
            }
        }
    }
}

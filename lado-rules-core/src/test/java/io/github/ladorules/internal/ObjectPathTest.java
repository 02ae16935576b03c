package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question's path names a list and an item of it, or an object of its own. */
class ObjectPathTest {
    @Test
    void anItemOfAListHasItsListsNameAndItsIndex() {
        assertThat(ObjectPath.of("concerns[12]")).isEqualTo(new ObjectPath("concerns", 12));
        assertThat(ObjectPath.of("subjects[0]").inList()).isTrue();
    }

    @Test
    void anObjectOfItsOwnHasNoIndex() {
        assertThat(ObjectPath.of("circumstances")).isEqualTo(new ObjectPath("circumstances", -1));
        assertThat(ObjectPath.of("circumstances").inList()).isFalse();
    }
}

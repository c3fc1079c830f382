package dev.mockndes.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileCatalogTest {

    @Test
    void findsNoProfilesWithoutAHarnessOnTheClassPath() {
        assertThat(ProfileCatalog.installed()).isEmpty();
    }
}

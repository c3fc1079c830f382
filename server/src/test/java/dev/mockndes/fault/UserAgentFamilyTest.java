package dev.mockndes.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** match.device recognises the User-Agents NDES's IIS log shows for each family. */
class UserAgentFamilyTest {

    private static List<UserAgentFamily> recognising(String userAgent) {
        return Arrays.stream(UserAgentFamily.values()).filter(f -> f.recognises(userAgent)).toList();
    }

    @Test
    void recognisesTheAndroidAgent() {
        assertThat(recognising("Dalvik/2.1.0 (Linux; U; Android 5.0; P01M Build/LRX21V)")).containsExactly(UserAgentFamily.ANDROID);
    }

    @Test
    void recognisesApplesProfiledAsBothIosAndMacos() {
        assertThat(recognising("profiled/1.0 CFNetwork/811.5.4 Darwin/16.6.0")).containsExactly(UserAgentFamily.IOS, UserAgentFamily.MACOS);
    }

    @Test
    void recognisesTheWindowsNdesClient() {
        assertThat(recognising("Mozilla/4.0 (compatible; Win32; NDES client)")).containsExactly(UserAgentFamily.WINDOWS);
    }

    @Test
    void givesAnAgentThatNamesTwoFamiliesToTheFirst() {
        assertThat(recognising("Dalvik/2.1.0 (Win32)")).containsExactly(UserAgentFamily.ANDROID);
    }

    @Test
    void recognisesNoFamilyInAnUnknownOrEmptyAgent() {
        assertThat(recognising("scep-harness-rfc8894/1.0")).isEmpty();
        assertThat(recognising("")).isEmpty();
    }

    @Test
    void findsAFamilyByItsExactWord() {
        assertThat(UserAgentFamily.words()).containsExactly("android", "ios", "macos", "windows");
        assertThat(UserAgentFamily.fromWord("macos")).contains(UserAgentFamily.MACOS);
        assertThat(UserAgentFamily.fromWord("Macos")).isEmpty();
    }
}

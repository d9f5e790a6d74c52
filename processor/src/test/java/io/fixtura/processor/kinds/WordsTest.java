package io.fixtura.processor.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WordsTest {

    static Stream<Arguments> identifiers() {
        return Stream.of(
                split("licenseNumber", "license", "number"),
                split("LicenseNumber", "license", "number"),
                split("license_number", "license", "number"),
                split("LICENSE_NUMBER", "license", "number"),
                split("license-number", "license", "number"),
                split("license number", "license", "number"),
                split("$license__number$", "license", "number"),
                split("HTTPStatus", "http", "status"),
                split("XMLHttpRequest", "xml", "http", "request"),
                split("parseURL", "parse", "url"),
                split("MACAddress", "mac", "address"),
                split("address_line2", "address", "line", "2"),
                split("addressLine2", "address", "line", "2"),
                split("line10b", "line", "10", "b"),
                split("ipV6Address", "ip", "v", "6", "address"),
                split("IPv6Address", "ipv", "6", "address"),
                split("ipv6", "ipv", "6"),
                split("userIDs", "user", "ids"),
                split("URLs", "urls"),
                split("eMail", "e", "mail"),
                split("EMail", "e", "mail"),
                split("e-mail", "e", "mail"),
                split("x", "x"),
                split("X", "x"),
                split("name", "name"),
                split("straßeName", "straße", "name"),
                split("ÉtatCivil", "état", "civil"),
                split("数据Name", "数据", "name"),
                split("TITLE", "title"),
                split("iOS", "i", "os"),
                split("", new String[0]),
                split("__", new String[0]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("identifiers")
    void splitsIntoLowerCaseWholeWords(String identifier, List<String> expected) {
        assertThat(Words.split(identifier)).containsExactlyElementsOf(expected);
    }

    @Test
    void lowerCasesWithoutTheDefaultLocale() {
        // in a Turkish default locale "TITLE".toLowerCase() would give a dotless i
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(Words.split("TITLE_ID")).containsExactly("title", "id");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void resultIsImmutable() {
        List<String> words = Words.split("firstName");
        assertThatThrownBy(() -> words.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Arguments split(String identifier, String... words) {
        return Arguments.of(identifier, Arrays.asList(words));
    }
}

package org.setu.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebAddressesTest {

    @Test
    void aBanglaWebsiteIsKeptInItsAsciiFormSoThatHsdsAndHttpClientsCanReadIt() {
        assertThat(WebAddresses.httpUrl("https://ঢাকা.বাংলা/")).contains("https://xn--p5bz3fb.xn--54b7fta0cc/");
    }

    @Test
    void aBanglaPathAndQueryArePercentEncodedAndThePortIsKept() {
        assertThat(WebAddresses.httpUrl("https://ঢাকা.বাংলা:8443/সেবা?q=১"))
                .contains("https://xn--p5bz3fb.xn--54b7fta0cc:8443/%E0%A6%B8%E0%A7%87%E0%A6%AC%E0%A6%BE?q=%E0%A7%A7");
    }

    @Test
    void anEmailAtABanglaDomainKeepsItsLocalPartAndGetsAnAsciiDomain() {
        assertThat(WebAddresses.email("sheba@ঢাকা.বাংলা")).contains("sheba@xn--p5bz3fb.xn--54b7fta0cc");
    }

    @Test
    void anOrdinaryAddressOnlyLosesTheCapitalsOfItsHost() {
        assertThat(WebAddresses.httpUrl("https://Shelter.Example.ORG/Intake?x=1")).contains("https://shelter.example.org/Intake?x=1");
        assertThat(WebAddresses.httpUrl("http://127.0.0.1:9999/hook")).contains("http://127.0.0.1:9999/hook");
        assertThat(WebAddresses.email("Focal.Point+bd@Example.org")).contains("Focal.Point+bd@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "https://", "ftp://example.org/", "javascript:alert(1)", "https://exa mple.org/",
            "https://user:secret@example.org/", "https://bad_host.org/", "https://example..org/", "https://-x.org/",
            "https://example.org:port/", "http://:80/", "//example.org/", "https://ঢাকা .বাংলা/"})
    void whatNoParserAcceptsIsNotAWebsite(String garbage) {
        assertThat(WebAddresses.httpUrl(garbage)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "x@y", "@example.org", "x@", "a@b@example.org", "ক@example.org", "a..b@example.org",
            "x@-bad.org", "<script>@example.org", "x@exa mple.org", "x@example.org\n"})
    void whatNoParserAcceptsIsNotAnEmailAddress(String garbage) {
        assertThat(WebAddresses.email(garbage)).isEmpty();
    }
}

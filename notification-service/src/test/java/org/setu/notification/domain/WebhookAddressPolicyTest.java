package org.setu.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookAddressPolicyTest {

    private static final List<AddressRange> NONE = List.of();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, loopback", "127.255.0.9, loopback", "::1, loopback",
            "10.0.0.5, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "100.64.0.1, shared (CGNAT)", "169.254.169.254, link-local", "fe80::1, link-local",
            "224.0.0.251, multicast", "ff02::1, multicast", "0.0.0.0, unspecified", ":: , unspecified",
            "fc00::1, unique-local", "fd12:3456::1, unique-local", "255.255.255.255, reserved",
            "::ffff:169.254.169.254, link-local", "::ffff:10.1.2.3, private", "::ffff:127.0.0.1, loopback",
            "64:ff9b::a9fe:a9fe, link-local", "2002:a9fe:a9fe::1, link-local", "::7f00:1, loopback"})
    void anInternalAddressIsRefusedAndNamedByItsKind(String address, String kind) {
        WebhookAddressPolicy.Decision d = WebhookAddressPolicy.judge(bytes(address), NONE);
        assertThat(d.allowed()).as(address).isFalse();
        assertThat(d.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"})
    void aPublicAddressIsAllowed(String address) {
        assertThat(WebhookAddressPolicy.judge(bytes(address), NONE).allowed()).as(address).isTrue();
    }

    @Test
    void anOperatorMayOpenANamedPrivateRangeForAnOnPremisesPartnerAndNothingBesideIt() {
        List<AddressRange> partner = List.of(AddressRange.parse("10.20.0.0/16"));
        assertThat(WebhookAddressPolicy.judge(bytes("10.20.3.4"), partner).allowed()).isTrue();
        assertThat(WebhookAddressPolicy.judge(bytes("10.21.0.1"), partner).allowed()).isFalse();
        assertThat(WebhookAddressPolicy.judge(bytes("169.254.169.254"), partner).allowed()).isFalse();
    }

    @Test
    void aNameThatResolvesToAPublicAndAPrivateAddressIsRefused() throws Exception {
        var publicOne = java.net.InetAddress.getByAddress(bytes("93.184.216.34"));
        var metadata = java.net.InetAddress.getByAddress(bytes("169.254.169.254"));
        assertThat(WebhookAddressPolicy.judgeAll(List.of(publicOne, metadata), NONE).allowed()).isFalse();
        assertThat(WebhookAddressPolicy.judgeAll(List.of(publicOne), NONE).allowed()).isTrue();
        assertThat(WebhookAddressPolicy.judgeAll(List.of(), NONE).allowed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "partner.example.org/24", "999.1.1.1/8", "10.0.0.0/x", "", "fc00::/129"})
    void aRangeThatIsNotACidrIsRefusedWithoutAskingDns(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameIsNotALiteral() {
        assertThat(AddressRange.literal("partner.example.org")).isEmpty();
        assertThat(AddressRange.literal("cafe.dead.beef")).isEmpty();
        assertThat(AddressRange.literal("10.1.2.3")).isPresent();
    }

    private static byte[] bytes(String literal) {
        return AddressRange.literal(literal.trim()).orElseThrow(() -> new IllegalArgumentException(literal));
    }
}

package io.battlesim.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

    @Test
    void keysAnIpv4AddressByItself() {
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void keysAnIpv6AddressByItsSlash64() {
        assertThat(ClientAddress.of("2001:db8:0:1:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:0:1::/64");
    }

    @Test
    void givesEveryAddressOfOneSlash64TheSameKey() {
        assertThat(ClientAddress.of("2001:db8::1:0:0:1")).isEqualTo(ClientAddress.of("2001:db8:0:0:ffff::9"));
        assertThat(ClientAddress.of("2001:db8:0:1::1")).isNotEqualTo(ClientAddress.of("2001:db8:0:2::1"));
    }

    @Test
    void keysAnIpv4MappedAddressAsIpv4() {
        assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}

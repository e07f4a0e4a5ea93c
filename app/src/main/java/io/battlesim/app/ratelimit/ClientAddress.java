package io.battlesim.app.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client's address is limited by: an IPv4 address as it is, an IPv6 address by its /64 network (one
 * subscriber usually gets a whole /64, so rotating within it must not buy fresh buckets). The address is the
 * connection's peer ({@code request.getRemoteAddr()}): {@code X-Forwarded-For} counts only when the app is told to
 * trust its proxy ({@code server.forward-headers-strategy}), never by default.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /**
     * The limiting key of a remote address.
     *
     * @param remoteAddress an IP literal as the servlet container reports it
     * @return the IPv4 address, or the IPv6 /64 prefix as {@code 2001:db8:0:1::/64}
     */
    public static String of(String remoteAddress) {
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // An IPv6 literal (it has a colon) is parsed, never looked up in DNS.
            return of(InetAddress.getByName(remoteAddress));
        } catch (UnknownHostException unparsable) {
            return remoteAddress;
        }
    }

    /** The limiting key of an address. */
    public static String of(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            int group = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
            prefix.append(Integer.toHexString(group)).append(':');
        }
        return prefix.append(":/64").toString();
    }
}

package org.hetao.registry.api.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} header is believed, as addresses or CIDR
 * ranges, and the client address they report. Only literal IPv4 and IPv6 addresses are read (never a
 * host name, so no name is ever looked up).
 */
public final class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int MAX_FORWARDED = 64;

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Reads a comma-separated list such as {@code 10.0.0.5, 192.168.0.0/24, ::1}; fails on anything else. */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String item : list == null ? new String[0] : list.split(",")) {
            if (!item.isBlank()) {
                ranges.add(Range.parse(item.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the address (a literal) belongs to a trusted proxy. */
    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /**
     * The client's address: the direct peer, unless the peer is a trusted proxy, in which case the
     * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy (the left-most
     * if all are).
     *
     * @param forwardedFor every value of the header, in the order received (possibly empty)
     */
    public String client(String peer, List<String> forwardedFor) {
        if (forwardedFor == null || forwardedFor.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(withoutPort(hop.strip()));
                }
            }
        }
        if (hops.isEmpty()) {
            return peer;
        }
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_FORWARDED; i--) {
            if (!trusts(hops.get(i))) {
                return hops.get(i).length() > 64 ? hops.get(i).substring(0, 64) : hops.get(i);
            }
        }
        return hops.get(Math.max(0, hops.size() - MAX_FORWARDED));
    }

    /** {@code 203.0.113.7:4711} and {@code [2001:db8::1]:4711} without their ports. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.indexOf(']') > 0) {
            return hop.substring(1, hop.indexOf(']'));
        }
        int colon = hop.indexOf(':');
        if (colon > 0
                && colon == hop.lastIndexOf(':')
                && IPV4.matcher(hop.substring(0, colon)).matches()) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        int zone = a.indexOf('%');
        if (zone > 0) {
            a = a.substring(0, zone);
        }
        if (!IPV4.matcher(a).matches() && !IPV6.matcher(a).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(a).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address and the number of leading bits that must match it. */
    private record Range(byte[] address, int bits) {
        static Range parse(String item) {
            int slash = item.indexOf('/');
            String host = slash < 0 ? item : item.substring(0, slash);
            byte[] bytes = literal(host)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "registry.auth.trusted.proxies: '" + item + "' is not an IP address or a CIDR range"));
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(item.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException(
                            "registry.auth.trusted.proxies: '" + item + "' has an invalid prefix length");
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (other[full] & mask) == (address[full] & mask);
        }
    }
}

package vn.lhh.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.problem.ProblemException;

/**
 * Requests the server makes to addresses partners gave (webhooks, feeds, token endpoints). Unless
 * lhh.webhooks.allow-private-targets is set, an address that resolves to loopback, private,
 * link-local or other internal ranges is refused (SSRF), when registered and again before every
 * request, since DNS may change in between. (The client resolves once more when it connects; a
 * DNS server answering differently within that instant is not covered.) Redirects are not followed:
 * they could lead inside.
 */
@ApplicationScoped
public class Outbound {
    @ConfigProperty(name = "lhh.webhooks.allow-private-targets")
    boolean allowPrivateTargets;
    @ConfigProperty(name = "lhh.webhooks.connect-timeout")
    Duration connectTimeout;

    private volatile HttpClient client;

    public HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
    }

    /** An absolute http(s) URL without credentials, or null. */
    public static URI parse(String raw) {
        if (raw == null || raw.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Checks a URL given for a field of the input; answers 400 naming the field. */
    public String checkInput(String field, String raw) {
        URI uri = parse(raw);
        if (uri == null) {
            throw ProblemException.invalidField(field, "validation.url");
        }
        String refusal = refusal(uri);
        if (refusal != null) {
            throw ProblemException.invalidField(field, "validation.url-internal", uri.getHost());
        }
        return uri.toString();
    }

    /** Null when the server may send to this URL now, else why not. */
    public String refusal(URI uri) {
        return allowPrivateTargets ? null : internalAddress(uri.getHost());
    }

    /** Null when every address of the host is public, else a short reason. */
    public static String internalAddress(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            return "host " + h + " cannot be resolved";
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                return "host " + h + " resolves to an internal address (" + a.getHostAddress() + ")";
            }
        }
        return null;
    }

    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0.0.0.0/8, 100.64.0.0/10 (carrier-grade NAT), 192.0.0.0/24, 198.18.0.0/15 (benchmarking), 240.0.0.0/4
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second & 0xfe) == 18) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            // fc00::/7 unique local; ::ffff:a.b.c.d is turned into an Inet4Address by the JDK already
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}

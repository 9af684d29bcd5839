package vn.lhh.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The requests a minute of each partner client: {@code lhh.rate-limit.partner.overrides.<clientId>}
 * when set (a partner with a bigger or smaller contract), else {@code lhh.rate-limit.partner.per-minute}.
 * The client id is the Keycloak client of the partner's token (claim azp). As an environment variable
 * the key is upper case with '_' for every other character: LHH_RATE_LIMIT_PARTNER_OVERRIDES_PARTNER_DEMO=1200
 * for client partner-demo. 0 or less: that partner is not limited. Read once per client and kept (a
 * change of limit needs a restart, as every setting).
 */
@ApplicationScoped
public class PartnerLimits {
    static final String PREFIX = "lhh.rate-limit.partner.overrides.";

    @ConfigProperty(name = "lhh.rate-limit.partner.per-minute")
    int defaultPerMinute;

    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    public int perMinute(String clientId) {
        return known.computeIfAbsent(clientId, id -> {
            Config config = ConfigProvider.getConfig();
            return config.getOptionalValue(PREFIX + id, Integer.class).orElse(defaultPerMinute);
        });
    }
}

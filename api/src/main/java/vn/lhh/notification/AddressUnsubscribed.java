package vn.lhh.notification;

import java.util.Set;

/**
 * An address without an account turned kinds of mail off through a one-click unsubscribe link. Fired synchronously
 * in the unsubscribing transaction, so that a feature keeping its own list of the address (the bulletin's
 * subscribers) ends it in the same commit.
 *
 * @param address the address, lower case
 * @param kinds   the kinds' codes now turned off
 */
public record AddressUnsubscribed(String address, Set<String> kinds) {
}

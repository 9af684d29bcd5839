package vn.lhh.bulletin.subscription.service;

import java.security.SecureRandom;
import java.util.Base64;
import vn.lhh.bulletin.subscription.BulletinSubscription;
import vn.lhh.notification.service.LinkSecrets;

/**
 * The secrets of a subscription's links. Each sign-up draws a random nonce; the confirmation and unsubscribe
 * secrets are derived from it with the server's key ({@link LinkSecrets}), and the database keeps only the nonce
 * and the secrets' SHA-256, so nobody reading it can confirm or unsubscribe on the owner's behalf. The queued
 * mails carry stand-ins that the dispatcher replaces with the secrets when it sends them.
 */
final class SubscriptionTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SubscriptionTokens() {
    }

    static String newNonce() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String confirmReference(BulletinSubscription s) {
        return "bulletin-confirm:" + s.id + ":" + s.linkNonce;
    }

    static String unsubscribeReference(BulletinSubscription s) {
        return "bulletin-unsubscribe:" + s.id + ":" + s.linkNonce;
    }

    /** A new nonce for the subscription, and the hashes of the secrets it gives (the older links stop working). */
    static void renew(BulletinSubscription s, LinkSecrets secrets) {
        s.linkNonce = newNonce();
        s.confirmTokenHash = hash(secrets.token(confirmReference(s)));
        s.unsubscribeTokenHash = hash(secrets.token(unsubscribeReference(s)));
    }

    static String hash(String token) {
        return LinkSecrets.hash(token);
    }
}

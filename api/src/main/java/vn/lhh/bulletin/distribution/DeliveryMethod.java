package vn.lhh.bulletin.distribution;

/** How the copies went: by post, handed over, by courier, otherwise. */
public enum DeliveryMethod {
    post, in_person, courier, other
}

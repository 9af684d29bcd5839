package vn.lhh.bulletin.distribution;

import java.util.EnumSet;
import java.util.Set;

/** Who receives the bulletin: xã, phường, thị trấn, a provincial department, a partner union, anyone else. */
public enum RecipientKind {
    commune, ward, town, department, partner_union, other;

    /** Local units, listed by district: they need one. */
    public static final Set<RecipientKind> LOCAL = EnumSet.of(commune, ward, town);
}

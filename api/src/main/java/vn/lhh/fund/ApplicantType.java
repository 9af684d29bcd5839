package vn.lhh.fund;

/** Who applies: an association (its officers write for it) or an expert of the network for themselves. */
public enum ApplicantType {
    association, expert
}

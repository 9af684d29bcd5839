package vn.lhh.fund;

/** Who may apply to a call: member associations (through their officers), experts of the network for themselves, or both. */
public enum Eligibility {
    associations, experts, both
}

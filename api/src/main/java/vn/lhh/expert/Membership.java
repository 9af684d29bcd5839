package vn.lhh.expert;

/** A profile proposed by an association's officer waits for the union office to accept it into the network. */
public enum Membership {
    proposed, active
}

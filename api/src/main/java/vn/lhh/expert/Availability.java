package vn.lhh.expert;

/** Whether an expert can take on work: available, busy until a date, or retired from the network. */
public enum Availability {
    available, busy, retired
}

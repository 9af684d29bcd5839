package vn.lhh.contest;

/** Awards in order of rank; special prizes (giải đặc biệt, giải phụ) are given by the office with a name, never proposed from the ranking. */
public enum Award {
    first, second, third, consolation, special
}

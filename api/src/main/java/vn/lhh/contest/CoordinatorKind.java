package vn.lhh.contest;

/** A school's contact registers entries of that school; a district coordinator entries of any school in the district. */
public enum CoordinatorKind {
    school, district
}

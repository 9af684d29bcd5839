package vn.lhh.program;

/** Lower-case constants: the API's and the database's values as they stand. */
public enum ProgramStatus { draft, active, closed }

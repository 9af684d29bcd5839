package vn.lhh.association;

/** Lower-case constants: they are the API's and the database's values as they stand. */
public enum AssociationStatus { active, suspended, dissolved }

package vn.lhh.program;

/** Where an item stands in the document: main missions, section I, a year block, section II. */
public enum ItemKind { mission, regular_task, year_task, implementation }

package vn.lhh.news;

/** news: tin tức; announcement: thông báo; event: sự kiện (a workshop, a ceremony…). */
public enum PostKind { news, announcement, event }

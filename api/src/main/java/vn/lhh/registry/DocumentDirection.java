package vn.lhh.registry;

/** Văn bản đến (received by the union) or văn bản đi (issued by the union). */
public enum DocumentDirection {
    incoming, outgoing
}

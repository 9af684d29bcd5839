package vn.lhh.program;

/** Chưa bắt đầu, đang thực hiện, hoàn thành, hoãn, hủy. */
public enum TaskStatus {
    not_started, in_progress, done, postponed, cancelled;

    /** Still expected to be done. */
    public boolean isOpen() {
        return this == not_started || this == in_progress;
    }
}

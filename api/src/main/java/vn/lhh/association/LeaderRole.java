package vn.lhh.association;

/** Chủ tịch, phó chủ tịch, tổng thư ký, ủy viên thường vụ, ủy viên ban chấp hành, trưởng ban kiểm tra. */
public enum LeaderRole { president, vice_president, general_secretary, standing_member, executive_member, chief_inspector }

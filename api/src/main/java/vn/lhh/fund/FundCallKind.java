package vn.lhh.fund;

/** grant: a call of the union's S&T activities fund; task_proposal: a call for scientific tasks proposed to the province. */
public enum FundCallKind {
    grant, task_proposal
}

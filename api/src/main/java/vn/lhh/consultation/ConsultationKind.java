package vn.lhh.consultation;

/** Tư vấn, phản biện, giám định xã hội. */
public enum ConsultationKind {
    advice, critique, social_assessment
}

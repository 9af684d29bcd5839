package vn.lhh.testsupport.access;

/**
 * One feature's part of the authorization matrix: declares, for each of the feature's operations, the
 * request and the expected outcome per actor. Implementations are found by name: a public class with a
 * no-argument constructor, in the test sources under {@code vn.lhh}, whose simple name ends with
 * {@code OperationAccess}. See {@link AccessCatalogue} for the how-to.
 */
public interface OperationAccess {
    void declare(AccessCatalogue catalogue);
}

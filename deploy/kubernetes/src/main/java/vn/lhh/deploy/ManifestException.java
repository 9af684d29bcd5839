package vn.lhh.deploy;

/** A manifest, kustomization or schema that cannot be rendered or loaded. */
public class ManifestException extends RuntimeException {
    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}

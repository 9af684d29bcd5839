package vn.lhh.deploy;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization to standard output and validates it:
 * {@code ./mvnw -q -pl deploy/kubernetes compile exec:java -Dexec.mainClass=vn.lhh.deploy.Main
 * -Dexec.args="overlays/production"} (paths relative to deploy/kubernetes). Exit code 1 when invalid.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Main <kustomization folder>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path crds = Path.of(System.getProperty("lhh.crd.dir", "schemas/crds"));
        List<ObjectNode> objects = Kustomize.build(dir);
        List<String> problems = new ManifestValidator(Schemas.load(crds)).validate(objects);
        System.out.print(Yaml.write(objects));
        problems.forEach(p -> System.err.println("INVALID " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}

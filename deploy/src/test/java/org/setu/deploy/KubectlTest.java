package org.setu.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubectlTest {

    @Test
    void aMissingKubectlIsReportedByNameWithWhereToGetIt() {
        assertThatThrownBy(() -> Kustomize.render("/nonexistent/kubectl", Repo.K8S.resolve("overlays/dev")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kubectl is needed to render the Kubernetes overlays")
                .hasMessageContaining("/nonexistent/kubectl")
                .hasMessageContaining("https://kubernetes.io/docs/tasks/tools/");
    }
}

package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkers themselves: each mistake an operator could make in a manifest is reported, not passed. */
class CheckersCatchMistakesTest {

    private static JsonNode yaml(String text) {
        return Kustomize.parse(text).get(0);
    }

    @Test
    void aMisspeltFieldInADeploymentIsReportedWithItsPath() {
        JsonNode d = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x
                          livenessprobe: {httpGet: {path: /q/health/live, port: 8080}}
                """);
        assertThat(StrictModel.problems(d)).singleElement().asString()
                .contains("containers[0]").contains("livenessprobe");
    }

    @Test
    void aNumberWrittenAsTextWhereKubernetesWantsANumberIsReported() {
        JsonNode d = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: "3"
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: x, image: x}]}}
                """);
        assertThat(StrictModel.problems(d)).isNotEmpty();
    }

    @Test
    void aBuiltInKindTheTestsDoNotKnowIsReportedRatherThanSkipped() {
        JsonNode job = yaml("{apiVersion: batch/v1, kind: Job, metadata: {name: x}}");
        assertThat(StrictModel.problems(job)).singleElement().asString().contains("StrictModel.KINDS");
    }

    @Test
    void aMisspeltFieldOrAnUnknownOperationInAStrimziResourceBreaksItsSchema() {
        JsonNode topic = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partition: 3}
                """);
        assertThat(CrdSchemas.problems(topic)).singleElement().asString().contains("partition");
        JsonNode user = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authorization:
                    type: simple
                    acls: [{resource: {type: topic, name: t}, operations: [Wrte]}]
                """);
        assertThat(CrdSchemas.problems(user)).isNotEmpty();
    }

    @Test
    void aGatewayApiRouteIsCheckedAgainstItsSchemaAndAMisspeltFieldOrFilterIsReported() {
        JsonNode route = yaml("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: r}
                spec:
                  hostname: [portal.example.org]
                  rules: [{filters: [{type: ResponseHeaderModifer}]}]
                """);
        assertThat(StrictModel.isBuiltIn(route)).as("the Gateway API is a CRD, though its group ends in k8s.io").isFalse();
        assertThat(CrdSchemas.problems(route)).hasSize(2).anySatisfy(p -> assertThat(p).contains("hostname"))
                .anySatisfy(p -> assertThat(p).contains("/spec/rules/0/filters/0/type").contains("ResponseHeaderModifier"));
    }

    @Test
    void aCertificateWithAMisspeltFieldIsReported() {
        JsonNode certificate = yaml("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: c}
                spec: {secretName: s, issuerRef: {name: i}, dnsName: [portal.example.org]}
                """);
        assertThat(CrdSchemas.problems(certificate)).singleElement().asString().contains("dnsName");
    }

    @Test
    void aCustomResourceWithoutASchemaIsReported() {
        JsonNode unknown = yaml("{apiVersion: example.org/v1, kind: Widget, metadata: {name: w}}");
        assertThat(CrdSchemas.problems(unknown)).singleElement().asString().contains("no schema for example.org/v1 Widget");
    }

    @Test
    void anAclGrantsOnlyWhatItsResourcePatternAndOperationsCover() {
        JsonNode user = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authorization:
                    type: simple
                    acls:
                      - {resource: {type: topic, name: setu.referral.v1}, operations: [Read, Describe]}
                      - {resource: {type: group, name: u-, patternType: prefix}, operations: [Read]}
                      - {resource: {type: group, name: u-blocked}, operations: [Read], type: deny}
                """);
        assertThat(KafkaAcls.allows(user, "topic", "setu.referral.v1", "Read")).isTrue();
        assertThat(KafkaAcls.allows(user, "topic", "setu.referral.v1", "Write")).isFalse();
        assertThat(KafkaAcls.allows(user, "topic", "setu.referral.v10", "Read")).isFalse();
        assertThat(KafkaAcls.allows(user, "group", "u-screening", "Read")).isTrue();
        assertThat(KafkaAcls.allows(user, "group", "u-blocked", "Read")).isFalse();
    }

    @Test
    void aServiceThatConsumesThroughTheKafkaConnectorNeedsItsTopicsGroupAndDeadLetterTopic() {
        var config = new java.util.Properties();
        config.setProperty("mp.messaging.incoming.events.connector", "smallrye-kafka");
        config.setProperty("mp.messaging.incoming.events.topics", "setu.directory.v1, setu.referral.v1");
        config.setProperty("mp.messaging.incoming.events.failure-strategy", "dead-letter-queue");
        config.setProperty("mp.messaging.incoming.events.dead-letter-queue.topic", "setu.notification-service.dlq");
        config.setProperty("mp.messaging.outgoing.setu-outbox.connector", "smallrye-kafka");
        config.setProperty("mp.messaging.incoming.memory.connector", "smallrye-in-memory");
        String code = "@Incoming(\"audit\") void on(String s) {}";
        var needs = ServiceConfigs.kafkaNeeds("notification-service", config, code);
        assertThat(needs.reads()).containsExactly("audit", "setu.directory.v1", "setu.referral.v1");
        assertThat(needs.groups()).containsExactly("notification-service");
        assertThat(needs.writes()).containsExactly("setu.notification-service.dlq", "setu.notification.v1");
    }
}

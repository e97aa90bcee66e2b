package org.setu.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.testing.SchemaVariants;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaVariantsTest {

    private static List<SchemaVariants.Variant> variantsOf(EventContract<?> contract) {
        ObjectNode example = Samples.MAPPER.valueToTree(Samples.of(contract));
        return SchemaVariants.of(contract.type().toString(), example);
    }

    @Test
    void anEscalationWithNoCandidateLeftIsAmongTheShapesItsSchemaAllows() {
        List<SchemaVariants.Variant> variants = variantsOf(EventCatalog.REFERRAL_ESCALATED);
        assertThat(variants).anySatisfy(v -> assertThat(v.data().get("organizationId").isNull()).isTrue());
    }

    @Test
    void everyVariantOfEveryTypeKeepsToItsSchemaAndOnlyOptionalFieldsAreLeftOut() {
        for (EventContract<?> contract : EventCatalog.all()) {
            String type = contract.type().toString();
            for (SchemaVariants.Variant v : variantsOf(contract)) {
                assertThat(SchemaValidator.problems(type, v.data())).as(type + " " + v.name()).isEmpty();
            }
        }
        assertThat(variantsOf(EventCatalog.REFERRAL_ACCEPTED)).extracting(SchemaVariants.Variant::name)
                .contains("as given", "category LEGAL_AID");
    }
}

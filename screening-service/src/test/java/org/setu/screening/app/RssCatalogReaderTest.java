package org.setu.screening.app;

import org.junit.jupiter.api.Test;
import org.setu.screening.domain.reintegration.ReintegrationSurvey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The survey file is read strictly: a broken one stops the service at start-up instead of scoring wrongly. */
class RssCatalogReaderTest {

    @Test
    void theShippedSurveyReads() {
        ReintegrationSurvey v1 = RssCatalog.read(InstrumentCatalog.yamlMapper(), "reintegration/iom-rss/v1.yaml");
        assertThat(v1.name()).isEqualTo("iom-rss v1");
        assertThat(v1.questions()).hasSize(18);
    }

    @Test
    void aMistypedKeyIsRefusedNotIgnored() {
        assertThatThrownBy(() -> RssCatalog.read(InstrumentCatalog.yamlMapper(), "reintegration/broken/unknown-key.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read").hasMessageContaining("wieght");
    }

    @Test
    void aSurveyWithMistakesIsRefusedWithEachMistakeNamed() {
        assertThatThrownBy(() -> RssCatalog.read(InstrumentCatalog.yamlMapper(), "reintegration/broken/mistakes.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not usable")
                .hasMessageContaining("the dimensions must be [economic, social, psychosocial]")
                .hasMessageContaining("economic: weight source must name one of the sources")
                .hasMessageContaining("income/yes: score must be from 0 to 1")
                .hasMessageContaining("social: needs a label and indicators");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> RssCatalog.read(InstrumentCatalog.yamlMapper(), "reintegration/iom-rss/v9.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }
}

package io.chipwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchlistTest {

    private static final Path BAD = Path.of("src/test/resources/tag/bad");

    /** The ids other stages code against (ENTITIES contract). */
    private static final List<String> CONTRACT_IDS = List.of(
            "regulator:us-government", "regulator:us-white-house", "regulator:us-commerce", "regulator:us-bis",
            "regulator:us-entity-list", "regulator:us-ustr", "regulator:us-treasury", "regulator:us-congress",
            "regulator:cn-government", "regulator:cn-cac", "regulator:cn-miit", "regulator:cn-mofcom",
            "regulator:cn-samr", "regulator:cn-ndrc", "regulator:cn-customs", "regulator:nl-government",
            "regulator:jp-government", "regulator:eu-commission", "regulator:kr-government",
            "regulator:tw-government", "regulator:uk-government",
            "company:nvidia", "company:amd", "company:intel", "company:huawei", "company:cambricon", "company:smic",
            "company:tsmc", "company:asml", "company:samsung", "company:sk-hynix", "company:micron",
            "company:bytedance", "company:alibaba", "company:tencent", "company:baidu", "company:deepseek",
            "company:nexperia", "company:applied-materials", "company:lam-research", "company:tokyo-electron",
            "company:hua-hong", "company:ymtc", "company:cxmt", "company:moore-threads", "company:biren",
            "chip:nvidia-h20", "chip:nvidia-h200", "chip:nvidia-h100", "chip:nvidia-h800", "chip:nvidia-a100",
            "chip:nvidia-a800", "chip:nvidia-l20", "chip:nvidia-rtx-pro-6000d", "chip:nvidia-b20",
            "chip:nvidia-b30a", "chip:nvidia-b40", "chip:nvidia-gb200", "chip:nvidia-blackwell",
            "chip:nvidia-hopper", "chip:amd-mi250x", "chip:amd-mi300", "chip:amd-mi308",
            "chip:huawei-ascend-910b", "chip:huawei-ascend-910c", "chip:huawei-ascend-920", "chip:huawei-ascend",
            "chip:cambricon-mlu", "chip:intel-gaudi");

    @Test
    void shouldHoldEveryContractIdInTheSeedWatchlist() {
        // given
        Watchlist watchlist = Watchlist.load(Watchlist.DEFAULT_FILE);

        // when
        List<String> missing = CONTRACT_IDS.stream().filter(id -> watchlist.entity(id).isEmpty()).toList();

        // then
        assertThat(missing).isEmpty();
        assertThat(WatchlistCheck.check(watchlist)).isEmpty();
    }

    @Test
    void shouldFindTheGovernmentOfEachJurisdiction() {
        // given
        Watchlist watchlist = Watchlist.loadDefault();

        // when / then
        assertThat(watchlist.governmentOf("us")).map(Entity::id).contains("regulator:us-government");
        assertThat(watchlist.governmentOf("cn")).map(Entity::id).contains("regulator:cn-government");
        assertThat(watchlist.governmentOf("eu")).map(Entity::id).contains("regulator:eu-commission");
        assertThat(watchlist.governmentOf("xx")).isEmpty();
    }

    @Test
    void shouldDescribeChipsWithVendorAndFamily() {
        // given
        Watchlist watchlist = Watchlist.loadDefault();

        // when
        Entity h20 = watchlist.entity("chip:nvidia-h20").orElseThrow();

        // then
        assertThat(h20.vendor()).isEqualTo("company:nvidia");
        assertThat(h20.family()).isEqualTo("Hopper");
        assertThat(h20.ref()).isEqualTo(new EntityRef("chip:nvidia-h20", EntityType.CHIP, "Nvidia H20"));
    }

    @Test
    void shouldReadTheCopyBundledInTheJarWhenNoFileIsAround() throws Exception {
        // given
        String resource = new String(Watchlist.class.getResourceAsStream(Watchlist.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        // when
        Watchlist bundled = Watchlist.parse("classpath:" + Watchlist.RESOURCE, resource);

        // then
        assertThat(bundled.entities()).hasSameSizeAs(Watchlist.load(Watchlist.DEFAULT_FILE).entities());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-type.yaml    | unknown-type.yaml:7: type 'GPU' is not one of [CHIP, COMPANY, REGULATOR]",
        "missing-vendor.yaml  | missing-vendor.yaml:2: chip:nvidia-h20: a chip needs a vendor",
        "two-governments.yaml | two-governments.yaml:9: regulator:us-white-house: a second government",
        "bad-yaml.yaml        | bad-yaml.yaml:6:",
        "typo-key.yaml        | typo-key.yaml:2: unknown entity key 'alias'"})
    void shouldNameTheFileAndLineOfBadData(String file, String message) {
        // given
        Path path = BAD.resolve(file);

        // when / then
        assertThatThrownBy(() -> Watchlist.load(path))
                .isInstanceOf(WatchlistException.class)
                .hasMessageStartingWith(BAD.resolve(message.split(":", 2)[0]) + ":" + message.split(":", 2)[1]);
    }
}

package dev.mockndes.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The registry is Fault's permits clause; names come from each record, and Jackson reads and writes through it. */
class FaultTypesTest {

    @Test
    void listsEveryPermittedFaultOnceInPermitsOrder() {
        assertThat(FaultTypes.classes().stream().map(Class::getName)).containsExactlyElementsOf(
                Arrays.stream(Fault.class.getPermittedSubclasses()).map(Class::getName).toList());
        assertThat(FaultTypes.names()).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(FaultTypes.names()).startsWith("iis-error", "httpsys-error", "gateway-timeout", "reset", "close");
    }

    @Test
    void findsAFaultByItsNameAndTheNameOfAFault() {
        assertThat(FaultTypes.byName("reset")).contains(ConnectionReset.class);
        assertThat(FaultTypes.byName("Reset")).isEmpty();
        assertThat(FaultTypes.nameOf(new ScepFailureFault("badRequest"))).isEqualTo("scep-failure");
        assertThat(Arrays.stream(Fault.class.getPermittedSubclasses()).map(c -> FaultTypes.nameOf(c.asSubclass(Fault.class))))
                .containsExactlyElementsOf(FaultTypes.names());
    }

    @Test
    void jacksonReadsAndWritesTheTypeName() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Fault fault = json.readValue("{\"type\":\"slow-body\",\"bytesPerSecond\":10}", Fault.class);
        assertThat(fault).isEqualTo(new SlowBody(10));
        assertThat(json.readTree(json.writeValueAsString(fault)).path("type").asText()).isEqualTo("slow-body");
    }
}

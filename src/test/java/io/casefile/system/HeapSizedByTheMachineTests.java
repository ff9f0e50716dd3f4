package io.casefile.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether the ready message adds its hint: only when no flag sized the heap, as when the
 * jar is started without {@code jvm.options}.
 */
class HeapSizedByTheMachineTests {

	@Test
	void jvmOptionsSizeTheHeap() {
		assertThat(ReadyMessage.heapSizedByTheMachine(
				List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC")))
			.isFalse();
	}

	@Test
	void aShareOfTheContainersMemorySizesItToo() {
		assertThat(ReadyMessage.heapSizedByTheMachine(List.of("-XX:MaxRAMPercentage=50"))).isFalse();
		assertThat(ReadyMessage.heapSizedByTheMachine(List.of("-XX:MaxHeapSize=1g"))).isFalse();
	}

	@Test
	void noFlagOrOnlyTheInitialSizeLeavesItToTheMachine() {
		assertThat(ReadyMessage.heapSizedByTheMachine(List.of())).isTrue();
		assertThat(ReadyMessage.heapSizedByTheMachine(List.of("-Xms64m", "-XX:+UseSerialGC"))).isTrue();
	}

}

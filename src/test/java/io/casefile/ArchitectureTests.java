package io.casefile;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, checked on the compiled classes: features (the packages under
 * {@code io.casefile}) depend on one another without a cycle, and {@code system}, the
 * ground floor every feature stands on, depends on none of them.
 */
class ArchitectureTests {

	static final JavaClasses CASEFILE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.casefile");

	@Test
	void noTwoFeaturesDependOnEachOtherEvenThroughOthers() {
		slices().matching("io.casefile.(*)..").should().beFreeOfCycles().check(CASEFILE);
	}

	@Test
	void theSystemPackageImportsNoFeature() {
		noClasses().that()
			.resideInAPackage("io.casefile.system..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.casefile..").and(not(resideInAPackage("io.casefile.system.."))))
			.check(CASEFILE);
	}

}

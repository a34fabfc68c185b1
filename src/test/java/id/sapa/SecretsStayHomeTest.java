package id.sapa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import id.sapa.channel.internal.ChannelKeys;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.Channels;
import id.sapa.operator.Operators;

/**
 * The two public methods that hand out secrets are used only where they must be. They stay public
 * because callers in other packages of the owning module need them (the provider adapters under
 * {@code channel.internal}); the module check ({@link ModularityTest}) sees types, not methods, so this
 * test keeps everyone else away from them.
 */
class SecretsStayHomeTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sapa");

    /**
     * Decrypted provider credentials never leave the channel module: only its own classes open
     * them ({@link ChannelKeys}), and its public API hands none out.
     */
    @Test
    void openedChannelCredentialsStayInTheChannelModule() {
        noClasses().that().resideOutsideOfPackage("id.sapa.channel..")
                .should().dependOnClassesThat().areAssignableTo(ChannelKeys.class)
                .because("decrypted provider credentials are the channel module's internals")
                .check(classes);
        noMethods().that().areDeclaredIn(Channels.class).and().arePublic()
                .should().haveRawReturnType(ChannelAccess.class)
                .because("the channel module's API answers with what a caller may see, never the opened secrets")
                .check(classes);
    }

    /** Password hashes go to sign-in and nowhere else. */
    @Test
    void passwordHashesGoOnlyToSignIn() {
        noClasses().that().resideOutsideOfPackages("id.sapa.operator..", "id.sapa.auth..")
                .should().callMethod(Operators.class, "credentials", String.class)
                .because("a password hash is for checking a sign-in only")
                .check(classes);
    }
}

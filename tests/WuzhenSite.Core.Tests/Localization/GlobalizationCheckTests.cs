using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Localization;

namespace WuzhenSite.Core.Tests.Localization;

public sealed class GlobalizationCheckTests
{
    [Fact]
    public void With_ICU_there_is_nothing_to_refuse()
    {
        Assert.Null(GlobalizationCheck.Problem(hasIcu: true, invariantVariable: "1"));
        Assert.Null(GlobalizationCheck.Problem()); // the machine the tests run on has ICU
    }

    [Fact]
    public void Without_ICU_the_error_names_the_variable_to_unset_when_it_is_set()
    {
        var problem = GlobalizationCheck.Problem(hasIcu: false, invariantVariable: "1");

        Assert.NotNull(problem);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.Contains("needs ICU", problem.Message, StringComparison.Ordinal);
        Assert.Contains("install libicu", problem.Fix, StringComparison.Ordinal);
        Assert.Contains("unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.ToString());
    }

    [Fact]
    public void Without_ICU_and_without_the_variable_the_fix_is_a_program_built_with_globalization()
    {
        var problem = GlobalizationCheck.Problem(hasIcu: false, invariantVariable: null);

        Assert.NotNull(problem);
        Assert.Contains("install libicu", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("unset", problem.Fix, StringComparison.Ordinal);
        Assert.Contains("InvariantGlobalization", problem.Fix, StringComparison.Ordinal);
    }
}

using System.Globalization;
using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.ServiceDefaults.Tests.Localization;

public sealed class SharedMessagesTests
{
    [Fact]
    public void Messages_follow_the_culture_of_the_request_even_with_invariant_globalization()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = AgrovetCultures.Spanish;
            var spanish = TooLong();
            CultureInfo.CurrentUICulture = AgrovetCultures.English;
            var english = TooLong();

            Assert.Equal("Escriba como máximo 100 caracteres.", spanish);
            Assert.Equal("Ensure this field has no more than 100 characters.", english);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string TooLong()
    {
        var errors = new ValidationErrors();
        errors.MaxLength("name", new string('x', 101), 100);
        return Assert.Single(errors.ToDictionary()["name"]);
    }

    [Fact]
    public void Numbers_in_messages_are_grouped_as_each_language_writes_them()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = AgrovetCultures.Spanish;
            var spanish = AgrovetCultures.Number(10_485_760);
            CultureInfo.CurrentUICulture = AgrovetCultures.English;
            var english = AgrovetCultures.Number(10_485_760);

            Assert.Equal("10.485.760", spanish);
            Assert.Equal("10,485,760", english);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

using Dossier.Entities;
using Dossier.Text;

namespace Dossier.Tests.Entities;

public class NameKeyAndRoleTests
{
    [Theory]
    [InlineData("Walid al- Moallem", "walid moallem")]
    [InlineData("Walid al-Moallem", "walid moallem")]
    [InlineData("Al-Assad", "assad")]
    [InlineData("Bashar al Assad", "bashar assad")]
    [InlineData("U.S.", "us")]
    [InlineData("François Hollande", "francois hollande")]
    [InlineData("Al", "al")]
    public void Should_Key_Names_Without_Particles_Hyphens_Dots_Or_Case(string name, string key)
    {
        // Given a name as some outlet writes it
        // When / Then its key drops the spelling differences
        Assert.Equal(key, NameKey.Of(name));
    }

    [Theory]
    [InlineData("the Syrian minister of foreign affairs", "syria|foreign minister")]
    [InlineData("the Syrian foreign minister", "syria|foreign minister")]
    [InlineData("Syria's Foreign Minister", "syria|foreign minister")]
    [InlineData("the top Syrian diplomat", "syria|foreign minister")]
    [InlineData("Syrian FM", "syria|foreign minister")]
    [InlineData("Syrian Deputy Foreign Minister", "syria|deputy foreign minister")]
    [InlineData("US President", "united states|president")]
    [InlineData("the country's Foreign Minister", "?|foreign minister")]
    [InlineData("the former Syrian foreign minister", "syria|former foreign minister")]
    public void Should_Normalise_Role_Phrases_To_One_Key(string phrase, string key)
    {
        // Given a role phrase
        // When it is read
        var role = RolePhrase.Match(Tokenizer.Tokenize(phrase), 0, requireCountry: false);

        // Then variants of one office give one key
        Assert.NotNull(role);
        Assert.Equal(key, role.Key);
    }

    [Fact]
    public void Should_Not_Read_Plural_Offices_Or_Bare_Roles_As_A_Stand_Alone_Role()
    {
        // Given phrases naming several office holders or nobody in particular
        // When / Then no stand-alone role is read
        Assert.Null(RolePhrase.Match(Tokenizer.Tokenize("the Syrian and Omani ministers of foreign affairs"), 0, requireCountry: true));
        Assert.Null(RolePhrase.Match(Tokenizer.Tokenize("the minister said"), 0, requireCountry: true));
    }
}

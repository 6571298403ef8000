using Dossier.Store;

namespace Dossier.Tests.Store;

public class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://u:p@h/db", true)]
    [InlineData("POSTGRESQL://h/db", true)]
    [InlineData("dossier.db", false)]
    [InlineData("/data/postgres/dossier.db", false)]
    public void Should_Take_Only_Postgres_Urls_For_Postgres(string db, bool postgres) =>
        Assert.Equal(postgres, ArticleStores.IsPostgres(db));

    [Fact]
    public void Should_Read_Every_Part_Of_The_Url_Percent_Decoded()
    {
        var b = PostgresUrl.Parse("postgresql://desk%40news:p%40ss%3Aw0rd@db.example.org:6543/news%20archive?sslmode=require&Timeout=7");
        Assert.Equal(("desk@news", "p@ss:w0rd", "db.example.org", 6543, "news archive"), (b.Username, b.Password, b.Host, b.Port, b.Database));
        Assert.Equal(Npgsql.SslMode.Require, b.SslMode);
        Assert.Equal(7, b.Timeout);
    }

    [Fact]
    public void Should_Take_A_Socket_Folder_And_An_IPv6_Address()
    {
        var socket = PostgresUrl.Parse("postgres:///dossier?host=/var/run/postgresql");
        Assert.Equal(("/var/run/postgresql", "dossier"), (socket.Host, socket.Database));
        var v6 = PostgresUrl.Parse("postgres://u@[::1]:5433/d");
        Assert.Equal(("::1", 5433), (v6.Host, v6.Port));
    }

    [Theory]
    [InlineData("postgres://u@h:notaport/d")]
    [InlineData("postgres://u@h/d?nosuchkeyword=1")]
    public void Should_Refuse_What_Is_Not_A_Usable_Url(string url) =>
        Assert.ThrowsAny<ArgumentException>(() => PostgresUrl.Parse(url));

    [Fact]
    public void Should_Never_Show_The_Password()
    {
        Assert.Equal("postgres://desk:***@h:5432/db", ArticleStores.Describe("postgres://desk:secret@h:5432/db"));
        Assert.Equal("postgres://h/db?user=u&password=***", ArticleStores.Describe("postgres://h/db?user=u&password=secret"));
        Assert.Equal("postgres://desk@h/db", ArticleStores.Describe("postgres://desk@h/db"));
        Assert.Equal("some/file.db", ArticleStores.Describe("some/file.db"));
    }

    [Fact]
    public void Should_Say_Why_A_Server_Cannot_Be_Reached_Without_The_Password()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once
        var e = Assert.Throws<StoreUnavailableException>(() => ArticleStores.Open("postgres://u:secret@127.0.0.1:1/d?Timeout=3"));
        Assert.Contains("127.0.0.1:1", e.Message);
        Assert.DoesNotContain("secret", e.Message);
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>A known name: its canonical form, type, and for countries and nationality adjectives the country meant.</summary>
internal sealed record GazetteerEntry(string Canonical, EntityType Type, string? Country = null);

/// <summary>
/// Lists of well-known names, as data: countries with their adjectives and short forms, major cities, regions,
/// organisations with their acronyms, and religious or ethnic groups. Looked up by <see cref="NameKey"/>, so
/// "U.S.", "US" and "United States" all find one entry. Lines read "Canonical|adjectives|aliases".
/// </summary>
internal static class Gazetteer
{
    private static readonly string[] Countries =
    [
        "Syria|Syrian,Syrians|", "Iraq|Iraqi,Iraqis|", "Iran|Iranian,Iranians,Persian|Islamic Republic of Iran,Islamic Republic", "Turkey|Turkish,Turk,Turks|Turkiye",
        "Saudi Arabia|Saudi,Saudis|KSA,Kingdom of Saudi Arabia", "Russia|Russian,Russians|Russian Federation", "Lebanon|Lebanese|",
        "Jordan|Jordanian,Jordanians|", "Israel|Israeli,Israelis|", "Egypt|Egyptian,Egyptians|", "Qatar|Qatari,Qataris|",
        "Oman|Omani,Omanis|", "Yemen|Yemeni,Yemenis|", "Kuwait|Kuwaiti|", "Bahrain|Bahraini|", "United Arab Emirates|Emirati|UAE,U.A.E.",
        "Libya|Libyan,Libyans|", "Tunisia|Tunisian|", "Algeria|Algerian|", "Morocco|Moroccan|", "Sudan|Sudanese|",
        "Afghanistan|Afghan,Afghans|", "Pakistan|Pakistani,Pakistanis|", "India|Indian,Indians|", "China|Chinese|PRC",
        "Japan|Japanese|", "Taiwan|Taiwanese|", "South Korea|South Korean|", "North Korea|North Korean|DPRK",
        "Malaysia|Malaysian,Malaysians|", "Indonesia|Indonesian|", "Thailand|Thai|", "Vietnam|Vietnamese|", "Philippines|Filipino|",
        "Kazakhstan|Kazakh,Kazakhstani|", "Uzbekistan|Uzbek|", "Azerbaijan|Azerbaijani|", "Armenia|Armenian|", "Georgia|Georgian|",
        "Ukraine|Ukrainian,Ukrainians|", "Belarus|Belarusian|", "Poland|Polish|", "Germany|German,Germans|",
        "France|French|", "United Kingdom|British,Briton,Britons|UK,U.K.,Britain,Great Britain", "Ireland|Irish|", "England|English|",
        "Scotland|Scottish,Scot,Scots|", "Wales|Welsh|", "Northern Ireland||",
        "Italy|Italian,Italians|", "Spain|Spanish|", "Portugal|Portuguese|", "Netherlands|Dutch|Holland", "Belgium|Belgian|",
        "Switzerland|Swiss|", "Austria|Austrian|", "Greece|Greek,Greeks|", "Cyprus|Cypriot|", "Sweden|Swedish|", "Norway|Norwegian|",
        "Denmark|Danish,Dane,Danes|", "Finland|Finnish|", "Hungary|Hungarian|", "Serbia|Serbian|", "Romania|Romanian|",
        "Bulgaria|Bulgarian|", "Czech Republic|Czech|Czechia",
        "United States|American,Americans|US,U.S.,USA,U.S.A.,America,United States of America", "Canada|Canadian,Canadians|",
        "Mexico|Mexican|", "Brazil|Brazilian|", "Argentina|Argentine,Argentinian|", "Venezuela|Venezuelan|", "Colombia|Colombian|",
        "Cuba|Cuban|", "Haiti|Haitian,Haitians|", "Chile|Chilean|", "Peru|Peruvian|", "Australia|Australian|", "New Zealand|New Zealander|",
        "Kenya|Kenyan,Kenyans|", "Nigeria|Nigerian|", "Ethiopia|Ethiopian|", "Somalia|Somali|", "South Africa|South African|",
        "Greenland|Greenlandic|", "Palestine|Palestinian,Palestinians|Palestinian Territories", "Singapore|Singaporean|",
        "Lithuania|Lithuanian|", "Latvia|Latvian|", "Estonia|Estonian|", "Slovakia|Slovak|", "Slovenia|Slovenian|",
        "Croatia|Croatian|", "Bosnia|Bosnian|Bosnia and Herzegovina", "Albania|Albanian|", "Macedonia|Macedonian|North Macedonia",
        "Moldova|Moldovan|", "Iceland|Icelandic|", "Luxembourg|Luxembourgish|", "Malta|Maltese|", "Montenegro|Montenegrin|",
        "Kosovo|Kosovar|", "Tajikistan|Tajik|", "Kyrgyzstan|Kyrgyz|", "Turkmenistan|Turkmen|", "Mongolia|Mongolian|",
        "Bangladesh|Bangladeshi|", "Sri Lanka|Sri Lankan|", "Nepal|Nepalese|", "Myanmar|Burmese|Burma", "Cambodia|Cambodian|",
        "Laos|Laotian|", "Ghana|Ghanaian|", "Senegal|Senegalese|", "Mali|Malian|", "Niger|Nigerien|", "Chad|Chadian|",
        "Cameroon|Cameroonian|", "Uganda|Ugandan|", "Tanzania|Tanzanian|", "Rwanda|Rwandan|", "Congo|Congolese|",
        "Zimbabwe|Zimbabwean|", "Zambia|Zambian|", "Angola|Angolan|", "Mozambique|Mozambican|", "Eritrea|Eritrean|",
        "South Sudan|South Sudanese|", "Mauritania|Mauritanian|", "Ecuador|Ecuadorean,Ecuadorian|", "Bolivia|Bolivian|",
        "Paraguay|Paraguayan|", "Uruguay|Uruguayan|", "Panama|Panamanian|", "Guatemala|Guatemalan|", "Honduras|Honduran|",
        "Nicaragua|Nicaraguan|", "El Salvador|Salvadoran|", "Costa Rica|Costa Rican|", "Jamaica|Jamaican|",
        "Dominican Republic|Dominican|", "Fiji|Fijian|", "Papua New Guinea||", "Yugoslavia|Yugoslav|",
        "Suriname|Surinamese|Surinam", "Liechtenstein||", "Monaco|Monegasque|", "Andorra||", "San Marino||",
    ];

    private static readonly string[] Cities =
    [
        "Damascus", "Aleppo", "Homs", "Hama", "Idlib", "Latakia", "Tartus", "Palmyra", "Daraa", "Kobani", "Qusayr",
        "Raqqa|al-Raqqa,Raqqah,ar-Raqqa", "Deir ez-Zor|Deir Ezzor,Deir el-Zour,Deir al-Zour", "Baghdad", "Mosul",
        "Fallujah", "Ramadi", "Tikrit", "Erbil", "Kirkuk", "Basra", "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Gaza", "Cairo",
        "Riyadh", "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Muscat", "Tehran", "Ankara", "Istanbul", "Moscow", "Kyiv|Kiev",
        "Washington|Washington D.C.", "New York|New York City", "London", "Paris", "Berlin", "Brussels", "Geneva", "Vienna",
        "Rome", "Madrid", "Beijing", "Tokyo", "Seoul", "New Delhi|Delhi", "Islamabad", "Kabul", "Astana", "Kuala Lumpur",
        "Jakarta", "Copenhagen", "Nuuk", "Port-au-Prince", "Nairobi", "Lagos", "Johannesburg", "Sydney", "Toronto", "Ottawa",
        "Los Angeles", "Chicago", "Hong Kong", "Taipei", "Stockholm", "Oslo", "Athens", "Warsaw", "Sanaa", "Aden", "Tripoli",
        "Tunis", "Khartoum", "Mogadishu", "Sochi", "Lausanne", "Minsk", "Baku", "Tbilisi", "Yerevan",
        "Manchester", "Liverpool", "Birmingham", "Edinburgh", "Glasgow", "Leeds", "Oxford", "Cambridge", "Bristol",
        "Munich", "Frankfurt", "Hamburg", "Milan", "Naples", "Barcelona", "Marseille", "Lyon", "Zurich", "Prague",
        "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Sarajevo", "St Petersburg|St. Petersburg,Saint Petersburg",
        "Boston", "Miami", "Houston", "Dallas", "Atlanta", "Seattle", "Denver", "Philadelphia", "Detroit", "San Francisco",
        "Montreal", "Vancouver", "Mexico City", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Lima", "Bogota", "Caracas",
        "Havana", "Melbourne", "Auckland", "Shanghai", "Bangkok", "Manila", "Hanoi", "Karachi", "Lahore", "Mumbai",
        "Kolkata|Calcutta", "Dhaka", "Colombo", "Kathmandu", "Tashkent", "Almaty", "Dushanbe", "Bishkek", "Ulan Bator",
        "Grozny", "Benghazi", "Misrata", "Alexandria", "Casablanca", "Addis Ababa", "Kinshasa", "Kampala", "Harare",
        "Lusaka", "Dakar", "Accra", "Abuja", "Pretoria", "Cape Town", "Durban", "Hebron", "Ramallah", "Nablus", "Haifa",
        "Sidon", "Tyre", "Manbij", "Afrin", "Ghouta", "Jarablus", "Najaf", "Karbala", "Samarra", "Mecca", "Medina",
    ];

    private static readonly string[] Regions =
    [
        "Middle East|Mideast", "Persian Gulf|Gulf,Arabian Gulf", "Gulf States|Gulf countries", "West", "Europe", "Asia", "Africa", "Latin America",
        "North Africa", "Levant", "Balkans", "Caucasus", "Kurdistan", "Golan Heights|Golan", "Gaza Strip", "West Bank",
        "Sinai", "Crimea", "Donbas", "Scandinavia", "Arctic", "Mediterranean", "Red Sea", "Black Sea",
        "Midwest", "Chechnya", "Dagestan", "Nagorno-Karabakh", "Tibet", "Xinjiang", "Kashmir", "Punjab", "Siberia",
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec", "British Columbia", "Alberta",
        "Bavaria", "Catalonia", "Kurdistan Region",
    ];

    private static readonly string[] Organizations =
    [
        "United Nations|UN,U.N.", "Islamic State|IS,I.S.,ISIS,ISIL,Daesh,Islamic State of Iraq and the Levant,Islamic State of Iraq and Levant,Islamic State of Iraq and Syria,Islamic State of Iraq and al-Sham",
        "Hezbollah|Hizbollah,Hizballah", "al-Manar TV|al-Manar,Al-Manar,Al Manar", "al-Qaeda|al-Qaida,Al Qaeda,Al-Qaeda",
        "Nusra Front|al-Nusra Front,Jabhat al-Nusra,al-Nusra", "Free Syrian Army|FSA", "Hamas", "Taliban", "Houthis|Houthi",
        "Reuters", "Associated Press|AP", "Agence France-Presse|AFP", "Xinhua", "Interfax", "Itar-Tass", "Kyodo", "Yonhap",
        "Bloomberg", "ANSA", "EFE", "Anadolu", "IRNA", "WAFA", "KCNA", "SANA|Syrian Arab News Agency", "dpa|DPA",
        "BBC", "CNN", "Al Jazeera|Al-Jazeera", "Al Arabiya", "TASS", "RIA Novosti", "NATO", "European Union|EU,E.U.",
        "White House", "Pentagon", "Kremlin", "State Department", "Congress", "CIA", "FBI", "Twitter", "Facebook", "YouTube",
        "Arab League", "Knesset", "Duma", "OPEC", "IAEA", "World Health Organization", "Red Cross", "Red Crescent", "YPG", "PKK", "SDF",
    ];

    /// <summary>Religious, ethnic and other groups: CoNLL tags these MISC, like nationality adjectives.</summary>
    private static readonly string[] Groups =
    [
        "Muslim|Muslims", "Christian|Christians", "Jewish|Jews,Jew", "Sunni|Sunnis", "Shia|Shiite,Shiites,Shia", "Alawite|Alawites",
        "Kurdish|Kurd,Kurds", "Arab|Arabs", "Arabic", "Islamist|Islamists", "Jihadist|Jihadists", "Western|Westerner,Westerners",
        "European|Europeans", "Druze", "Yazidi|Yazidis", "Eid al-Fitr", "Eid al-Adha", "Ramadan", "Islam", "Christianity",
    ];

    private static readonly FrozenDictionary<string, GazetteerEntry> ByKey = Build();

    /// <summary>Every word of every key: a title-case headline keeps only words a list or the article vouches for.</summary>
    public static readonly FrozenSet<string> Words = ByKey.Keys.SelectMany(k => k.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Longest key in words, bounding the greedy match.</summary>
    public static readonly int MaxWords = ByKey.Keys.Max(k => k.Split(' ').Length);

    /// <summary>Surface forms with lower-case connecting words, matched on raw tokens before capitalised runs are built.</summary>
    public static readonly ImmutableArray<string> ConnectorPhrases = [.. Organizations.Concat(Regions).Concat(Cities).Concat(Countries)
        .SelectMany(line => line.Split('|').SelectMany(p => p.Split(',')))
        .Where(p => p.Split(' ').Any(w => EntityVocabulary.Connectors.Contains(w) || w is "and" or "the"))
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(p => p.Length)];

    /// <summary>Names written in lower case ("dpa"): the only lower-case words that can start a name.</summary>
    public static readonly FrozenSet<string> LowerCaseForms = Countries.Concat(Cities).Concat(Regions).Concat(Organizations).Concat(Groups)
        .SelectMany(line => line.Split('|').SelectMany(p => p.Split(',')))
        .Where(p => p.Length > 0 && p.All(char.IsLower))
        .ToFrozenSet(StringComparer.Ordinal);

    public static GazetteerEntry? Lookup(string name) => ByKey.GetValueOrDefault(NameKey.Of(name));

    private static FrozenDictionary<string, GazetteerEntry> Build()
    {
        var map = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        void Add(string surface, GazetteerEntry e)
        {
            var key = NameKey.Of(surface);
            if (key.Length > 0) map.TryAdd(key, e);
        }
        foreach (var line in Countries)
        {
            var parts = line.Split('|');
            var country = new GazetteerEntry(parts[0], EntityType.Location, parts[0]);
            Add(parts[0], country);
            foreach (var alias in Items(parts[2])) Add(alias, country);
            var adjective = Items(parts[1]).FirstOrDefault();
            foreach (var adj in Items(parts[1])) Add(adj, new GazetteerEntry(adjective!, EntityType.Misc, parts[0]));
        }
        AddAll(Cities, EntityType.Location);
        AddAll(Regions, EntityType.Location);
        AddAll(Organizations, EntityType.Organization);
        AddAll(Groups, EntityType.Misc);
        return map.ToFrozenDictionary(StringComparer.Ordinal);

        void AddAll(string[] lines, EntityType type)
        {
            foreach (var line in lines)
            {
                var parts = line.Split('|');
                var entry = new GazetteerEntry(parts[0], type);
                Add(parts[0], entry);
                if (parts.Length > 1) foreach (var alias in Items(parts[1])) Add(alias, entry);
            }
        }
    }

    private static IEnumerable<string> Items(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

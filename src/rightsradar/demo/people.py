# ruff: noqa: E501  (data tables read better unwrapped)
"""Synthetic people: culturally plausible invented names, organisations, name variants.

Names are drawn by combining common given names and surnames of a culture, so nobody in
the corpus is a real person. Variants (middle name dropped, accents dropped, initials)
are how different outlets write the same person.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

# culture -> (male given, female given, surnames, double surname?, middle name probability)
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool, float]] = {
    "hispanic": (
        ("José", "Luis", "Andrés", "Julián", "Héctor", "Ramón", "Efraín", "Óscar", "Wilmer",
         "Ernesto", "Rubén", "Álvaro", "Jairo", "Fabián", "Israel", "Tomás"),
        ("María", "Lucía", "Yolanda", "Marisol", "Adriana", "Sofía", "Ángela", "Leidy",
         "Rocío", "Paola", "Inés", "Berenice", "Carmen", "Daniela", "Nidia", "Rosa"),
        ("Gómez", "Rodríguez", "Castaño", "Quintero", "Muñoz", "Ospina", "Hernández", "Ríos",
         "Salazar", "Benítez", "Ibarra", "Cárdenas", "Velásquez", "Torres", "Mejía", "Pérez",
         "Zúñiga", "Arango", "Chávez", "Montoya", "Villalobos", "Guzmán", "Ortiz", "Cuéllar"),
        True, 0.5,
    ),
    "lusophone": (
        ("João", "Antônio", "Francisco", "Raimundo", "Sebastião", "Márcio", "Cícero", "Edson",
         "Luiz", "Valdir", "Joaquim", "Tiago"),
        ("Maria", "Ana", "Francisca", "Raimunda", "Luzia", "Conceição", "Cláudia", "Patrícia",
         "Edneia", "Fátima", "Júlia", "Socorro"),
        ("Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Araújo", "Conceição", "Barbosa",
         "Nascimento", "Lima", "Gonçalves", "Ribeiro", "Carvalho", "Melo", "Sampaio"),
        True, 0.5,
    ),
    "lusophone_africa": (
        ("Armando", "Domingos", "Celestino", "Adérito", "Fernando", "Manuel", "Inácio", "Zacarias"),
        ("Albertina", "Graça", "Luísa", "Esperança", "Celeste", "Rosália", "Teresa", "Amélia"),
        ("Macuácua", "Chissano", "Mondlane", "Tembe", "Cossa", "Nhantumbo", "Kiala", "Mbala",
         "Domingos", "Sebastião", "Cabral", "Nkosi", "Matsinhe", "Lutonadio"),
        False, 0.3,
    ),
    "francophone": (
        ("Moussa", "Amadou", "Ibrahima", "Ousmane", "Boubacar", "Serge", "Jean-Claude", "Didier",
         "Issa", "Hamidou", "Théophile", "Abdoulaye"),
        ("Aminata", "Fatoumata", "Mariam", "Awa", "Clarisse", "Rokia", "Béatrice", "Adjoa",
         "Kadiatou", "Nafissatou", "Hélène", "Salimata"),
        ("Traoré", "Diallo", "Ouédraogo", "Koné", "Sawadogo", "Diop", "Ndiaye", "Camara",
         "Kaboré", "Mbarga", "Ngono", "Coulibaly", "Sylla", "Touré", "Zongo", "Yao"),
        False, 0.25,
    ),
    "filipino": (
        ("Rodel", "Jomar", "Ramon", "Eduardo", "Arnel", "Reynaldo", "Jericho", "Dante", "Nestor"),
        ("Maricel", "Liza", "Rowena", "Analyn", "Cristina", "Jenalyn", "Teresita", "Marites"),
        ("Dela Cruz", "Bautista", "Villanueva", "Manalo", "Tolentino", "Dimaculangan", "Salvador",
         "Pascual", "Aquino", "Mercado", "Santiago", "Bacani", "Lumbao", "Ocampo"),
        False, 0.35,
    ),
    "indian": (
        ("Ravi", "Sanjay", "Prakash", "Anil", "Sudhir", "Vikram", "Manoj", "Imran", "Harish"),
        ("Sunita", "Kavita", "Priya", "Meena", "Anjali", "Lakshmi", "Shabnam", "Rekha"),
        ("Sharma", "Verma", "Kumar", "Soren", "Munda", "Yadav", "Bhat", "Khan", "Patnaik",
         "Mishra", "Oraon", "Das", "Rao"),
        False, 0.1,
    ),
    "pakistani": (
        ("Imran", "Bilal", "Asad", "Tariq", "Farhan", "Zahid", "Kamran", "Nadeem"),
        ("Ayesha", "Sana", "Fatima", "Nazia", "Rabia", "Samina", "Mehwish", "Saira"),
        ("Baloch", "Qureshi", "Shah", "Butt", "Malik", "Siddiqui", "Marri", "Khattak", "Abbasi"),
        False, 0.1,
    ),
    "bangladeshi": (
        ("Rafiqul", "Shafiqul", "Mizanur", "Kamrul", "Arif", "Tanvir", "Habib"),
        ("Nasrin", "Shirin", "Farzana", "Sultana", "Rokeya", "Tahmina", "Rupa"),
        ("Islam", "Rahman", "Hossain", "Chowdhury", "Akter", "Uddin", "Sarkar", "Mondal"),
        False, 0.2,
    ),
    "khmer": (
        ("Sokha", "Vuthy", "Rithy", "Dara", "Sophal", "Chhay", "Vannak"),
        ("Sreymom", "Chanthou", "Bopha", "Sokunthea", "Rachana", "Sreyneang"),
        ("Chea", "Sok", "Pich", "Heng", "Meas", "Chan", "Phan", "Kong", "Ouk"),
        False, 0.0,
    ),
    "indonesian": (
        ("Agus", "Yohanes", "Benny", "Hendrik", "Rizal", "Fransiskus", "Arif"),
        ("Yuliana", "Siti", "Dewi", "Maria", "Ratna", "Fitri", "Agustina"),
        ("Wenda", "Tabuni", "Gobay", "Siregar", "Nainggolan", "Pakpahan", "Hasibuan", "Daeng"),
        False, 0.2,
    ),
    "nigerian": (
        ("Chinedu", "Oluwaseun", "Emeka", "Ibrahim", "Tunde", "Yakubu", "Kelechi", "Babatunde"),
        ("Ngozi", "Aisha", "Funmilayo", "Chiamaka", "Blessing", "Hauwa", "Adaeze", "Bisola"),
        ("Okafor", "Adeyemi", "Bello", "Okonkwo", "Nwachukwu", "Abubakar", "Olatunji", "Eze",
         "Ogunleye", "Danjuma", "Akpan"),
        False, 0.35,
    ),
    "east_african": (
        ("Otieno", "Kiprono", "Mwangi", "Ssemakula", "Okello", "Wanyama", "Musa", "Baraka"),
        ("Akinyi", "Wanjiru", "Nakato", "Achieng", "Nabirye", "Mercy", "Faith", "Atieno"),
        ("Odhiambo", "Kamau", "Wekesa", "Mugisha", "Ochieng", "Nyakundi", "Kiggundu", "Opio",
         "Njoroge", "Mutebi"),
        False, 0.3,
    ),
    "southern_african": (
        ("Tendai", "Farai", "Tapiwa", "Blessing", "Tinashe", "Kudakwashe", "Obert"),
        ("Chiedza", "Rudo", "Nyasha", "Tsitsi", "Fadzai", "Ruvimbo", "Memory"),
        ("Moyo", "Ncube", "Sibanda", "Chikwanha", "Mutasa", "Dube", "Zhou", "Mhlanga", "Gumbo"),
        False, 0.2,
    ),
    "arabic": (
        ("Ahmed", "Mahmoud", "Karim", "Youssef", "Hossam", "Tarek", "Sherif", "Amr"),
        ("Mona", "Nadia", "Heba", "Rania", "Yasmin", "Dina", "Salma", "Aya"),
        ("Abdel Fattah", "Hassan", "Mansour", "El-Sayed", "Farouk", "Gamal", "Shawky", "Ragab"),
        False, 0.15,
    ),
    "turkish": (
        ("Mehmet", "Emre", "Serkan", "Murat", "Deniz", "Barış", "Ozan", "Cemil"),
        ("Ayşe", "Elif", "Zeynep", "Gülşen", "Sevda", "Derya", "Nurcan", "Özlem"),
        ("Yılmaz", "Demir", "Kaya", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Tekin"),
        False, 0.0,
    ),
    "burmese": (
        ("Kyaw Zin", "Aung Min", "Htet Naing", "Zaw Win", "Thura", "Min Khant"),
        ("Thiri", "Nandar", "Su Myat", "Ei Phyu", "Khin Hnin", "May Thu"),
        ("Oo", "Htun", "Aung", "Lwin", "Soe", "Myint", "Naing"),
        False, 0.0,
    ),
    "sri_lankan": (
        ("Tharindu", "Kumaran", "Suresh", "Pradeep", "Sivakumar", "Nuwan"),
        ("Dilani", "Tharshini", "Nirosha", "Kalpana", "Sharmila", "Anoma"),
        ("Perera", "Sivarajah", "Fernando", "Jayasinghe", "Ratnam", "Wickramasinghe", "Nadarajah"),
        False, 0.1,
    ),
}  # fmt: skip

ORG_PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "hrd": ("{region} Human Rights Collective", "Centre for Land and Justice in {region}",
                "{city} Indigenous Peoples' Council", "Coalition of Environmental Defenders of {region}",
                "{city} Legal Aid Network", "Forum for Rights and Dignity"),
        "journalist": ("The {city} Sentinel", "{city} Community Radio", "Daily Voice of {region}",
                       "The {region} Tribune", "Frontier Report", "The {city} Observer"),
        "union": ("National Union of {sector} Workers", "{sector} Workers' Federation of {region}",
                  "{city} Transport and General Workers' Union", "United {sector} Workers' Union"),
    },
    "es": {
        "hrd": ("Colectivo de Derechos Humanos de {region}", "Asociación Campesina de {city}",
                "Consejo Indígena de {region}", "Red de Defensores Ambientales de {region}",
                "Corporación Jurídica de {city}", "Comité por la Tierra y la Vida"),
        "journalist": ("Radio Comunitaria de {city}", "El Vigía de {city}", "La Voz de {region}",
                       "Diario del Sur de {region}", "Semanario Testigo", "Noticiero Frontera"),
        "union": ("Sindicato de Trabajadores {sector_es} de {region}", "Federación Sindical de {city}",
                  "Sindicato Unitario de {sector_es_pl}", "Unión Obrera de {region}"),
    },
    "fr": {
        "hrd": ("Collectif pour les droits humains de {city}", "Ligue des droits de l'homme de {region}",
                "Association des défenseurs de la terre de {city}", "Observatoire citoyen de {city}",
                "Réseau des avocats pour la justice"),
        "journalist": ("Radio Communautaire de {city}", "L'Écho de {city}", "Le Veilleur",
                       "La Tribune de {region}", "Radio Horizon FM"),
        "union": ("Syndicat national des travailleurs de {secteur}",
                  "Fédération syndicale de {city}", "Union des travailleurs de {secteur} de {region}"),
    },
    "pt": {
        "hrd": ("Comissão de Direitos Humanos de {city}", "Associação dos Agricultores de {city}",
                "Conselho Indígena de {region}", "Rede de Defensores da Floresta de {region}",
                "Centro de Assessoria Jurídica Popular de {city}"),
        "journalist": ("Rádio Comunitária de {city}", "O Vigilante de {city}", "Jornal da {region}",
                       "Folha do Norte de {region}", "Portal Sentinela"),
        "union": ("Sindicato dos Trabalhadores Rurais de {city}", "Sindicato dos {setor} de {region}",
                  "Federação dos Trabalhadores de {city}"),
    },
}  # fmt: skip

# (en, es singular, es plural, fr, pt)
SECTORS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Mine", "Mineros", "Mineros", "mines", "Mineiros"),
    ("Teachers and Education", "de la Educación", "Docentes", "l'enseignement", "Professores"),
    ("Plantation", "Agrícolas", "Jornaleros", "plantations", "Trabalhadores Rurais"),
    ("Oil and Gas", "Petroleros", "Petroleros", "pétrole", "Petroleiros"),
    ("Health", "de la Salud", "Sanitarios", "santé", "Profissionais da Saúde"),
    ("Textile", "Textiles", "Textiles", "textile", "Têxteis"),
)


@dataclass
class Person:
    """A person at risk: the person-linkage truth.

    Attributes:
        person_id: stable id ("P0001").
        given: given names, first one always used.
        surnames: one or two surnames.
        sex: "man" or "woman".
        groups: victim groups from the taxonomy.
        role: role key (see ``render`` role phrases), e.g. "land", "radio", "union_leader".
        organisation: where the person works or organises.
        country: English short name.
        home: index of the person's home city in the country's cities.
        child: true for the rare young activist under 18.
        incident_ids: incidents where the person was a victim, in date order.
        aliases: every form of the name written in the corpus.
    """

    person_id: str
    given: list[str]
    surnames: list[str]
    sex: str
    groups: list[str]
    role: str
    organisation: str
    country: str
    home: int
    child: bool = False
    incident_ids: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.given + self.surnames)

    def variant(self, rng: random.Random) -> tuple[str, str]:
        """One written form of the name and the short form used after it.

        Returns:
            (first mention, later mention), e.g. ("Ana Silva", "Silva").
        """
        roll = rng.random()
        given, surnames = self.given, self.surnames
        if roll < 0.45:
            first = self.name
        elif roll < 0.7:
            first = f"{given[0]} {surnames[0]}"
        elif roll < 0.82 and len(given) > 1:
            first = f"{given[0]} {given[1][0]}. {' '.join(surnames)}"
        else:
            first = self.name
        later = surnames[0] if len(surnames) > 1 else surnames[-1]
        if rng.random() < 0.15:
            first, later = strip_accents(first), strip_accents(later)
        if first not in self.aliases:
            self.aliases.append(first)
        return first, later


def strip_accents(text: str) -> str:
    """The text without diacritics, as careless outlets write names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def make_name(rng: random.Random, culture: str, sex: str) -> tuple[list[str], list[str]]:
    """A new invented name of ``culture``: (given names, surnames)."""
    males, females, surnames, double, middle_p = NAME_POOLS[culture]
    pool = males if sex == "man" else females
    given = [rng.choice(pool)]
    if rng.random() < middle_p:
        second = rng.choice([g for g in pool if g != given[0]])
        given.append(second)
    family = [rng.choice(surnames)]
    if double and rng.random() < 0.6:
        family.append(rng.choice([s for s in surnames if s != family[0]]))
    return given, family


def make_organisation(rng: random.Random, lang: str, kind: str, city: str, region: str) -> str:
    """An invented organisation name of ``kind`` ("hrd", "journalist", "union")."""
    sector = rng.choice(SECTORS)
    pattern = rng.choice(ORG_PATTERNS[lang][kind])
    return pattern.format(
        city=city,
        region=region,
        sector=sector[0],
        sector_es=sector[1],
        sector_es_pl=sector[2],
        secteur=sector[3],
        setor=sector[4],
    )
